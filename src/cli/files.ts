import { enzhVersions, type EnzhVersion } from '../data/enzh/lexicon';
import { enzhTask, tasks, type Task } from '../data/tasks';
/** Reading and writing models and checkpoints on disk (Node only). */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TaskId } from '../data/tasks';
import type { ModelName } from '../model/config';
import type * as tf from '@tensorflow/tfjs-core';
import { MANIFEST_FORMAT, type Manifest, type Snapshot } from '../model/manifest';
import type { Model } from '../model/model';
import type { Params } from '../model/params';
import { decodeParams, sha256 } from '../model/weights';

export const modelDir = (root: string, task: TaskId, name: ModelName) => join(root, task, name);

export function writeFile(path: string, data: string | ArrayBuffer | Uint8Array) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, typeof data === 'string' ? data : new Uint8Array(data as ArrayBuffer));
}

export const writeJson = (path: string, value: unknown) => writeFile(path, JSON.stringify(value, null, 1) + '\n');

export function readBytes(path: string): ArrayBuffer {
  const b = readFileSync(path);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

/** Loads `pretrained/<task>/<variant>/`, checking the weights' SHA-256 against the manifest. */
export async function loadModel(dir: string): Promise<{ model: Model; manifest: Manifest }> {
  const manifestPath = join(dir, 'model.json');
  if (!existsSync(manifestPath)) throw new Error(`No model at ${dir}: run \`npm run train\` first.`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  if (manifest.format !== MANIFEST_FORMAT) throw new Error(`${manifestPath}: unknown format ${String(manifest.format)}`);
  const data = readBytes(join(dir, manifest.weights.file));
  const hash = await sha256(data);
  if (hash !== manifest.weights.sha256) throw new Error(`${dir}/${manifest.weights.file} does not match its SHA-256 in model.json.`);
  return { model: { config: manifest.config, vocab: manifest.vocab, params: decodeParams(manifest.weights.specs, data) }, manifest };
}

/** The weights of one snapshot in `dir`'s manifest (uint8, dequantised to float32), checked against its SHA-256. */
export async function loadSnapshotParams(dir: string, snapshot: Snapshot): Promise<Params> {
  const data = readBytes(join(dir, snapshot.file));
  if ((await sha256(data)) !== snapshot.sha256) throw new Error(`${dir}/${snapshot.file} does not match its SHA-256 in model.json.`);
  const specs = JSON.parse(readFileSync(join(dir, 'snapshots', 'specs.json'), 'utf8')) as tf.io.WeightsManifestEntry[];
  return decodeParams(specs, data);
}

/** The task a model or split was made for, in the en-zh version its `dataVersion` names (`--out DIR` may hold another version than the shipped one). */
export function taskOfData(taskId: TaskId, dataVersion: string | undefined): Task {
  const version = Number(/en-zh@(\d+)/.exec(dataVersion ?? '')?.[1]);
  return taskId === 'en-zh' && (enzhVersions as number[]).includes(version) ? enzhTask(version as EnzhVersion) : tasks[taskId];
}
