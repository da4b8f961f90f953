/** The shipped models and the test split they were trained beside, as tests load them from `pretrained/`. */
import { readFileSync } from 'node:fs';
import type { Example } from '../data/sample';
import type { TaskId } from '../data/tasks';
import type { ModelName } from '../model/config';
import { loadModel, modelDir } from '../cli/files';

/** A shipped model (its weights' SHA-256 checked against the manifest). */
export const loadShipped = (task: TaskId, name: ModelName) => loadModel(modelDir('pretrained', task, name));

/** `pretrained/<task>/test.json`: the test split written when the shipped weights were trained. */
export const shippedTestSplit = (task: TaskId): Example[] =>
  (JSON.parse(readFileSync(`pretrained/${task}/test.json`, 'utf8')) as { examples: Example[] }).examples;
