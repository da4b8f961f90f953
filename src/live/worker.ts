/// <reference lib="webworker" />
/**
 * The live-training Web Worker: its own tfjs on wasm (the page's backend and models are not touched,
 * and the page never waits on a training step), running `liveSession`.
 */
import * as tf from '@tensorflow/tfjs-core';
// Training needs gradients, which the page's bundle leaves out; only this worker's chunk carries them.
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { setupWasm } from '../model/wasmSetup';
import { paramShapes } from '../model/params';
import type { FromWorker, ToWorker } from './messages';
import { liveSession } from './session';
import { liveConfig } from './task';

declare const self: DedicatedWorkerGlobalScope;
const post = (m: FromWorker) => self.postMessage(m);

setupWasm();
const started = (async () => {
  // wasm only: on the cpu backend a step takes ~30× longer, too slow to watch anything being learned.
  if (!(await tf.setBackend('wasm').catch(() => false))) throw new Error('this browser could not start WebAssembly in a worker.');
  await tf.ready();
  const parameters = Object.values(paramShapes(liveConfig)).reduce((n, shape) => n + shape.reduce((a, b) => a * b, 1), 0);
  post({ type: 'ready', backend: tf.getBackend(), parameters });
  return liveSession(post);
})();

self.onmessage = (e: MessageEvent<ToWorker>) =>
  void started.then(
    (handle) => handle(e.data),
    (err: Error) => post({ type: 'error', message: err.message }),
  );
