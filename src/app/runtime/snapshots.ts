/**
 * The training timeline in the browser: a model's snapshots, fetched when first asked for (never with
 * the app), each at its hashed URL and checked against the SHA-256 in the build and in the manifest,
 * like the models. The uint8 weights are dequantised by the model code (`decodeParams`).
 */
import type * as tf from '@tensorflow/tfjs-core';
import type { Manifest } from '../../model/manifest';
import { disposeModel, type Model } from '../../model/model';
import { nearestStop, percentOf, timeline, type Stop } from '../../model/timeline';
import { decodeParams, sha256 } from '../../model/weights';
import type { PretrainedFile } from '../pretrained';
import { fetchOk, ModelLoadError, readBytes } from './fetchModel';

type Files = (path: string) => PretrainedFile | null;

/** Where a model is on its timeline, as the screen says it. */
export interface StopInfo {
  /** Share of training, 0–1, and in % as the screen says it (0, 1, 5, 87.5). */
  fraction: number;
  percent: number;
  step: number;
  /** The shipped weights (the end of the timeline). */
  shipped: boolean;
}

export const stopInfo = (s: Stop): StopInfo => ({
  fraction: s.fraction,
  percent: percentOf(s),
  step: s.step,
  shipped: s.snapshot === null,
});

const fetched = new Map<string, Promise<Model>>();
const specsOf = new Map<string, Promise<tf.io.WeightsManifestEntry[]>>();

async function verified(files: Files, path: string): Promise<Uint8Array> {
  const file = files(path);
  if (!file) throw new ModelLoadError(`${path} is not part of this version.`, 'missing');
  const res = await fetchOk(file.url);
  const bytes = new Uint8Array(await res.arrayBuffer());
  if ((await sha256(bytes)) !== file.sha256) throw new ModelLoadError(`${path} does not match its SHA-256.`, 'tampered');
  return bytes;
}

/**
 * The model at the stop of `dir`'s timeline nearest `percent` % of training: the shipped model itself at
 * the end, else that snapshot's weights (fetched once).
 */
export async function modelAt(
  dir: string,
  shipped: { model: Model; manifest: Manifest },
  percent: number,
  files: Files,
): Promise<{ model: Model; at: StopInfo }> {
  const stops = timeline(shipped.manifest);
  const stop = stops[nearestStop(stops, percent)]!;
  const snap = stop.snapshot;
  if (!snap) return { model: shipped.model, at: stopInfo(stop) };
  const key = `${dir}/${snap.file}`;
  let model = fetched.get(key);
  if (!model) {
    model = (async () => {
      let specs = specsOf.get(dir);
      if (!specs) {
        specs = verified(files, `${dir}/snapshots/specs.json`).then(
          (b) => JSON.parse(new TextDecoder().decode(b)) as tf.io.WeightsManifestEntry[],
        );
        specs.catch(() => specsOf.delete(dir));
        specsOf.set(dir, specs);
      }
      const file = files(`${dir}/${snap.file}`);
      if (!file || file.sha256 !== snap.sha256) throw new ModelLoadError(`${dir}/${snap.file} is not part of this version.`, 'missing');
      const bytes = await readBytes(await fetchOk(file.url), snap.bytes, () => {});
      if ((await sha256(bytes)) !== snap.sha256) throw new ModelLoadError(`${dir}/${snap.file} does not match its SHA-256.`, 'tampered');
      const { config, vocab } = shipped.manifest;
      return { config, vocab, params: decodeParams(await specs, bytes.buffer as ArrayBuffer) };
    })();
    model.catch(() => fetched.delete(key)); // a failed fetch may be retried
    fetched.set(key, model);
  }
  return { model: await model, at: stopInfo(stop) };
}

/** Frees every snapshot fetched so far (their weights live on the backend they were decoded on). */
export function forgetSnapshots() {
  for (const m of fetched.values()) m.then(disposeModel, () => {});
  fetched.clear();
}
