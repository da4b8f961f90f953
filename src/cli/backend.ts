/** Node runs tfjs on the wasm backend: tfjs-node can't install here, and cpu is ~30× slower (docs/machine.md). */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { registerWasmKernels } from '../model/wasmKernels';
// Training needs gradients, which tfjs-core registers only on request (the browser app doesn't ship them).
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export async function startNodeBackend(name = process.env.TFJS_BACKEND ?? 'wasm'): Promise<string> {
  const wasmPackage = createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm/package.json');
  setWasmPaths(join(dirname(wasmPackage), 'dist') + '/');
  registerWasmKernels();
  if (!(await tf.setBackend(name))) throw new Error(`tfjs backend "${name}" failed to start`);
  await tf.ready();
  return tf.getBackend();
}
