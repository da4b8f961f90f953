/**
 * Where the app fetches its models, metrics and test split: each file's URL carries the SHA-256 of the
 * file this build shipped (`?v=`), and the loader checks the bytes against it. An open tab of an older
 * version therefore never loads (or lets the service worker cache) a newer deploy's models, and an HTTP
 * cache can't hand an update the previous deploy's files.
 */
import table from 'virtual:pretrained';
import type { TaskId } from '../data/tasks';
import type { ModelName } from '../model/config';
import { scoreModels } from './scores';

/** A file under pretrained/ as this build knows it. */
export interface PretrainedFile {
  url: string;
  sha256: string;
}

/** The URL and SHA-256 of `pretrained/<path>`, or null when this build has no such file. */
export function pretrainedFile(path: string): PretrainedFile | null {
  const sha256 = table[path];
  return sha256 ? { url: `${import.meta.env.BASE_URL}pretrained/${path}?v=${sha256}`, sha256 } : null;
}

const filesOf = (task: TaskId, names: readonly ModelName[]) =>
  names.flatMap((n) => [`${task}/${n}/model.json`, `${task}/${n}/weights.bin`]);

/** The explorer's two models of a task, their manifests and weights: the attention role's (`attention`, or the model of another score) and its distracted twin. */
export const modelFiles = (task: TaskId, attention: ModelName = 'attention'): string[] => filesOf(task, [attention, 'distracted']);

/** What "Prepare for offline class" fetches: every task's metrics and models (the attention model of each score, and the twin). */
export const offlineFiles = (tasks: readonly TaskId[]): string[] =>
  tasks.flatMap((task) => [`${task}/metrics.json`, ...filesOf(task, [...Object.values(scoreModels(task)), 'distracted'])]);
