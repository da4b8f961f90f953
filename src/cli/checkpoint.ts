/**
 * The checkpoint `npm run train` resumes from: float32 parameters and Adam moments (params.bin, m.bin,
 * v.bin, specs.json) and the loop's own state (state.json), all in one folder.
 */
import type * as tf from '@tensorflow/tfjs-core';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ModelConfig } from '../model/config';
import type { Snapshot } from '../model/manifest';
import type { Params } from '../model/params';
import { decodeParams, encodeParams } from '../model/weights';
import type { AdamState } from '../learn/adam';
import { readBytes, writeFile, writeJson } from './files';

/** Where the loop stands: steps done, training seconds, best validation so far, snapshots taken. */
export interface LoopState {
  step: number;
  seconds: number;
  best: { exact: number; tokenAccuracy: number; step: number };
  snapshots: Snapshot[];
  /** The run this state belongs to: resuming under another configuration or learning-rate schedule is refused. */
  config: ModelConfig;
  steps: number;
  /** The step by which the learning rate has fallen to a tenth of its peak (absent: `steps`). */
  decay?: number;
}

/**
 * Writes the checkpoint whole or not at all: its files go to `dir.partial`, which then takes `dir`'s
 * place (the last one kept as `dir.old` for that moment). A process stopped mid-write — a session's end,
 * a kill — leaves the last whole checkpoint, never parameters of one step with moments of another.
 */
export async function saveCheckpoint(dir: string, params: Params, adam: AdamState, state: LoopState) {
  const enc = await Promise.all([encodeParams(params, 'float32'), encodeParams(adam.m, 'float32'), encodeParams(adam.v, 'float32')]);
  const [partial, old] = [`${dir}.partial`, `${dir}.old`];
  rmSync(partial, { recursive: true, force: true });
  writeFile(join(partial, 'params.bin'), enc[0].data);
  writeFile(join(partial, 'm.bin'), enc[1].data);
  writeFile(join(partial, 'v.bin'), enc[2].data);
  writeJson(join(partial, 'specs.json'), { params: enc[0].specs, m: enc[1].specs, v: enc[2].specs });
  writeJson(join(partial, 'state.json'), state);
  rmSync(old, { recursive: true, force: true });
  if (existsSync(dir)) renameSync(dir, old);
  renameSync(partial, dir);
  rmSync(old, { recursive: true, force: true });
}

/** The checkpoint in `dir` (or the last whole one, if a write was stopped between its renames), or null when there is none. Adam's step count is the loop's. */
export function loadCheckpoint(dir: string): { state: LoopState; params: Params; adam: AdamState } | null {
  if (!existsSync(join(dir, 'state.json')) && existsSync(join(`${dir}.old`, 'state.json'))) dir = `${dir}.old`;
  if (!existsSync(join(dir, 'state.json'))) return null;
  const state = JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8')) as LoopState;
  const specs = JSON.parse(readFileSync(join(dir, 'specs.json'), 'utf8')) as Record<string, tf.io.WeightsManifestEntry[]>;
  const read = (name: 'params' | 'm' | 'v') => decodeParams(specs[name]!, readBytes(join(dir, `${name}.bin`)));
  return { state, params: read('params'), adam: { step: state.step, m: read('m'), v: read('v') } };
}
