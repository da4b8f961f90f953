/**
 * The one door to tfjs's internals. Our fast paths reach past tfjs's public API: into tfjs-backend-wasm's
 * heap (a tensor's values where they lie, its byte offset, new outputs allocated there, the heap's
 * WebAssembly.Memory for our SIMD module to link against), the cpu backend's tensor store, and WebGL's
 * context. No release promises to keep these as they are, so every such access is here, and only for
 * the tfjs release it was written against (PINNED_TFJS, as package.json pins it).
 *
 * With any other release installed, `internalsProblem` says which package and what to do, the accessors
 * throw that message, `internalsUsable` warns it once, and the callers take the readable tf ops:
 * wasmKernels.ts leaves the backend's own kernels in place, gruCell.ts runs gruCellOps, and
 * learn/simd/kernels.ts's fastKernels() is false.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { DataType, TensorInfo } from '@tensorflow/tfjs-core';
import { version as cpuVersion } from '@tensorflow/tfjs-backend-cpu/package.json';
import { version as wasmVersion } from '@tensorflow/tfjs-backend-wasm/package.json';
import { version as webglVersion } from '@tensorflow/tfjs-backend-webgl/package.json';

/** The tfjs release (major.minor) every accessor below was written and tested against. */
export const PINNED_TFJS = '4.22';

export type InternalsBackend = 'wasm' | 'cpu' | 'webgl';
const backendVersions: Record<InternalsBackend, string> = { wasm: wasmVersion, cpu: cpuVersion, webgl: webglVersion };

/** The installed packages whose internals a backend's accessors touch, with their versions. */
export const installedVersions = (backend: InternalsBackend): Record<string, string> => ({
  '@tensorflow/tfjs-core': tf.version_core,
  [`@tensorflow/tfjs-backend-${backend}`]: backendVersions[backend],
});

/** Why these package versions can't be used (the first one not at PINNED_TFJS.x), or null. */
export function versionProblem(versions: Record<string, string>): string | null {
  const [name, version] = Object.entries(versions).find(([, v]) => !v.startsWith(`${PINNED_TFJS}.`)) ?? [];
  if (!name) return null;
  return (
    `${name} ${version} is installed, but src/model/tfjsInternals.ts reads tfjs's internals as ${PINNED_TFJS}.x lays them out, ` +
    `so the readable tf ops run instead of our kernels. Pin @tensorflow/* to ${PINNED_TFJS} in package.json, or check each ` +
    `accessor in tfjsInternals.ts against ${version} and raise PINNED_TFJS.`
  );
}

const problems = new Map<InternalsBackend, string | null>();
/** Why `backend`'s internals can't be used with the installed tfjs, or null. */
export function internalsProblem(backend: InternalsBackend): string | null {
  if (!problems.has(backend)) problems.set(backend, versionProblem(installedVersions(backend)));
  return problems.get(backend)!;
}

const warned = new Set<string>();
/** Whether `backend`'s internals may be used; the first time they may not, says why on the console. */
export function internalsUsable(backend: InternalsBackend): boolean {
  const problem = internalsProblem(backend);
  if (problem && !warned.has(problem)) {
    warned.add(problem);
    console.warn(problem);
  }
  return problem === null;
}

function check(backend: InternalsBackend) {
  const problem = internalsProblem(backend);
  if (problem) throw new Error(problem);
}

/** tfjs-backend-wasm 4.22's backend object, the parts we use. */
interface WasmBackend {
  wasm: { asm?: { memory?: WebAssembly.Memory }; _getThreadsCount?: () => number };
  typedArrayFromHeap(t: TensorInfo): Float32Array | Int32Array | Uint8Array;
  getMemoryOffset(dataId: object): number;
  makeOutput(shape: number[], dtype: DataType): TensorInfo;
  disposeData(dataId: object): boolean;
}

/** The wasm backend's heap, where its tensors live. */
export interface WasmHeap {
  /** A tensor's values where they lie: valid until the next allocation, which may grow the heap and detach the view. */
  view(t: TensorInfo): Float32Array | Int32Array | Uint8Array;
  /** A tensor's byte offset in the heap (what a kernel in our wasm module is given). */
  address(t: TensorInfo): number;
  /** A new tensor, allocated in the heap, its values not yet written. */
  make(shape: number[], dtype?: DataType): TensorInfo;
  /** Frees a tensor made by `make` that no kernel returns. */
  dispose(t: TensorInfo): void;
  /** The heap's memory, for a module to import; throws where the backend's build does not expose it. */
  memory(): WebAssembly.Memory;
}

const heaps = new WeakMap<object, WasmHeap>();
/** The heap of `backend` (tfjs-backend-wasm's backend object). Throws on a tfjs release other than the pinned one. */
export function wasmHeap(backend: unknown): WasmHeap {
  const key = backend as object;
  let heap = heaps.get(key);
  if (!heap) {
    check('wasm');
    const b = backend as WasmBackend;
    heap = {
      view: (t) => b.typedArrayFromHeap(t),
      address: (t) => b.getMemoryOffset(t.dataId),
      make: (shape, dtype = 'float32') => b.makeOutput(shape, dtype),
      dispose: (t) => void b.disposeData(t.dataId),
      memory: () => {
        const memory = b.wasm.asm?.memory;
        if (!(memory instanceof WebAssembly.Memory)) throw new Error('this tfjs-backend-wasm build does not expose its memory');
        return memory;
      },
    };
    heaps.set(key, heap);
  }
  return heap;
}

/** How many threads the wasm backend runs on: more than 1 only with its threaded build (and 1 on another release). */
export function wasmThreads(backend: unknown): number {
  return internalsUsable('wasm') ? ((backend as WasmBackend).wasm._getThreadsCount?.() ?? 1) : 1;
}

/** tfjs-backend-cpu 4.22's backend object, the parts we use. */
interface CpuBackend {
  readSync(dataId: object): Float32Array;
  makeTensorInfo(shape: number[], dtype: 'float32', values: Float32Array): TensorInfo;
}

/** The cpu backend's float32 tensors: their values (in place), and new ones from values. */
export function cpuTensors(backend: unknown): {
  view(t: TensorInfo): Float32Array;
  make(shape: number[], values: Float32Array): TensorInfo;
} {
  check('cpu');
  const b = backend as CpuBackend;
  return { view: (t) => b.readSync(t.dataId), make: (shape, values) => b.makeTensorInfo(shape, 'float32', values) };
}

/** The WebGL context tfjs-backend-webgl draws with (to watch for its loss), or null off WebGL or on another release. */
export function webglContext(): WebGL2RenderingContext | null {
  if (tf.getBackend() !== 'webgl' || !internalsUsable('webgl')) return null;
  return (tf.backend() as unknown as { gpgpu: { gl: WebGL2RenderingContext } }).gpgpu.gl;
}
