/**
 * The wasm backend as the app bundles it: its three binaries at their hashed build URLs (Vite's `?url`
 * imports, so browser bundles only; Node starts it in src/cli/backend.ts), and our in-place kernels
 * (wasmKernels.ts). Used by the page's runtime (src/app/runtime/backends.ts) and by the live-training
 * worker (src/live/worker.ts).
 */
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { registerWasmKernels } from './wasmKernels';

export function setupWasm() {
  setWasmPaths({
    'tfjs-backend-wasm.wasm': wasmPlain,
    'tfjs-backend-wasm-simd.wasm': wasmSimd,
    'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded,
  });
  registerWasmKernels(); // in-place slices and embedding gradients on wasm
}
