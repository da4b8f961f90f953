/**
 * Where the app fetches its models, metrics and test split: each file's URL carries the SHA-256 of the
 * file this build shipped (`?v=`), and the loader checks the bytes against it. An open tab of an older
 * version therefore never loads (or lets the service worker cache) a newer deploy's models, and an HTTP
 * cache can't hand an update the previous deploy's files.
 */
import table from 'virtual:pretrained';
import type { TaskId } from '../data/tasks';
import { variants } from '../model/config';

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

/** Both models of a task: their manifests and weights. */
export const modelFiles = (task: TaskId): string[] => variants.flatMap((v) => [`${task}/${v}/model.json`, `${task}/${v}/weights.bin`]);

/** What "Prepare for offline class" fetches: every task's metrics and both models. */
export const offlineFiles = (tasks: readonly TaskId[]): string[] => tasks.flatMap((task) => [`${task}/metrics.json`, ...modelFiles(task)]);
