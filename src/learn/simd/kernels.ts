/**
 * The trainer's wasm SIMD kernels (wasm/train.ts) as tfjs kernels of the wasm backend: each reads and
 * writes tfjs-backend-wasm's own memory in place (the module imports it), so a kernel costs one call and
 * no copies; the heap is reached through src/model/tfjsInternals.ts. `fastKernels()` says whether they
 * can run: on the wasm backend of the tfjs release tfjsInternals.ts was written for, with widths that are
 * multiples of 4 (the kernels' vectors); elsewhere the trainer takes the tf ops they replace.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { KernelConfig, NamedAttrMap, TensorInfo } from '@tensorflow/tfjs-core';
import { internalsUsable, wasmHeap, type WasmHeap } from '../../model/tfjsInternals';
import { kernelsBase64 } from './module';

interface Exports {
  gruPre(xw: number, hU: number, c: number, gates: number, pre: number, B: number, H: number): void;
  gruMid(xw: number, zr: number, gates: number, a2: number, B: number, H: number): void;
  gruOut(s: number, gates: number, h: number, m: number, next: number, B: number, H: number): void;
  gruBack(
    d1: number,
    d2: number,
    hPrev: number,
    gates: number,
    m: number,
    dxw: number,
    dhu: number,
    dh: number,
    B: number,
    H: number,
  ): void;
  attnPre(keys: number, query: number, out: number, B: number, Tx: number, A: number): void;
  twiceMinusOne(s: number, out: number, n: number): void;
  context(alpha: number, h: number, out: number, B: number, Tx: number, D: number): void;
  transposePadded(h: number, out: number, B: number, Tx: number, D: number, Tp: number): void;
  attnBack(...args: number[]): void;
  memoryGrad(m: number, alphas: number, dCs: number, out: number, K: number, B: number, Tx: number, D: number): void;
  matTN(x: number, y: number, out: number, M: number, K: number, N: number): void;
  colSum(y: number, out: number, M: number, N: number): void;
  adam(w: number, g: number, m: number, v: number, wOut: number, mOut: number, vOut: number, n: number, ...hyper: number[]): void;
}

const bytes = () => Uint8Array.from(atob(kernelsBase64), (c) => c.charCodeAt(0));
const instances = new WeakMap<object, Exports | null>();
/**
 * The module, instantiated once per backend on that backend's memory; null where it can't link (the
 * threaded wasm build's memory is shared, and this module's import is not).
 */
function exportsFor(heap: WasmHeap): Exports | null {
  if (!instances.has(heap)) {
    let e: Exports | null;
    try {
      const memory = heap.memory();
      e = new WebAssembly.Instance(new WebAssembly.Module(bytes()), { env: { memory } }).exports as unknown as Exports;
    } catch {
      e = null;
    }
    instances.set(heap, e);
  }
  return instances.get(heap)!;
}

/** What a kernel needs: the module, tensors' addresses, new tensors, σ (the backend's own), disposal. Made once per backend. */
const ios = new WeakMap<object, ReturnType<typeof makeIo>>();
function makeIo(backend: object) {
  const heap = wasmHeap(backend);
  const sigmoid = tf.getKernel('Sigmoid', 'wasm')!.kernelFunc;
  return {
    k: exportsFor(heap)!, // fastKernels() checked it
    at: (t: TensorInfo | undefined) => (t ? heap.address(t) : 0),
    make: (shape: number[]) => heap.make(shape, 'float32'),
    sigmoid: (x: TensorInfo) => sigmoid({ inputs: { x }, backend, attrs: {} }) as TensorInfo,
    dispose: (...ts: TensorInfo[]) => ts.forEach((t) => heap.dispose(t)),
  };
}
function io(backend: unknown) {
  const be = backend as object;
  if (!ios.has(be)) ios.set(be, makeIo(be));
  return ios.get(be)!;
}

type Inputs = Record<string, TensorInfo | undefined>;
const kernels: Record<string, (inputs: Inputs, backend: unknown, attrs: NamedAttrMap) => TensorInfo | TensorInfo[]> = {
  /** gruStep.ts's gruForward: [next, gates]. */
  GruStep: ({ xw, hU, c, h, m }, backend) => {
    const { k, at, make, sigmoid, dispose } = io(backend);
    const [B, H] = h!.shape as [number, number];
    const [next, gates, pre, a2] = [make([B, H]), make([B, 4 * H]), make([B, 2 * H]), make([B, H])];
    k.gruPre(at(xw), at(hU), at(c), at(gates), at(pre), B, H);
    const zr = sigmoid(pre);
    k.gruMid(at(xw), at(zr), at(gates), at(a2), B, H);
    const s = sigmoid(a2);
    k.gruOut(at(s), at(gates), at(h), at(m), at(next), B, H);
    dispose(pre, zr, a2, s);
    return [next, gates];
  },
  /** gruStep.ts's gruBackward: [dxw, dhu, dh]. */
  GruStepBackward: ({ d1, d2, hPrev, gates, m }, backend) => {
    const { k, at, make } = io(backend);
    const [B, H] = hPrev!.shape as [number, number];
    const outs = [make([B, 3 * H]), make([B, 3 * H]), make([B, H])] as const;
    k.gruBack(at(d1), at(d2), at(hPrev), at(gates), at(m), at(outs[0]), at(outs[1]), at(outs[2]), B, H);
    return [...outs];
  },
  /** tanh(keys + query) [B, Tx, A] as 2σ(2(keys + query)) − 1. */
  AttentionHidden: ({ keys, query }, backend) => {
    const { k, at, make, sigmoid, dispose } = io(backend);
    const [B, Tx, A] = keys!.shape as [number, number, number];
    const [pre, hidden] = [make([B, Tx, A]), make([B, Tx, A])];
    k.attnPre(at(keys), at(query), at(pre), B, Tx, A);
    const s = sigmoid(pre);
    k.twiceMinusOne(at(s), at(hidden), B * Tx * A);
    dispose(pre, s);
    return hidden;
  },
  /** C [B, D] = Σ_j α_j h_j. */
  AttentionContext: ({ alpha, h }, backend) => {
    const { k, at, make } = io(backend);
    const [B, Tx, D] = h!.shape as [number, number, number];
    const out = make([B, D]);
    k.context(at(alpha), at(h), at(out), B, Tx, D);
    return out;
  },
  /** h [B, Tx, D] → [B, D, Tp], zero-padded to Tp = Tx rounded up to 4. */
  TransposePadded: ({ h }, backend) => {
    const { k, at, make } = io(backend);
    const [B, Tx, D] = h!.shape as [number, number, number];
    const Tp = Math.ceil(Tx / 4) * 4;
    const out = make([B, D, Tp]);
    k.transposePadded(at(h), at(out), B, Tx, D, Tp);
    return out;
  },
  /** attentionStep.ts's attentionBackward: [dq, keys + dL/dkeys, dv + dL/dv]. */
  AttentionBackward: ({ dC, dAlign, alpha, hT, hidden, v, keys, dv }, backend) => {
    const { k, at, make, dispose } = io(backend);
    const [B, Tx, A] = hidden!.shape as [number, number, number];
    const [D, Tp] = hT!.shape.slice(1) as [number, number];
    const outs = [make([B, A]), make([B, Tx, A]), make([A, 1])] as const;
    const scratch = make([Tp + 2 * A]);
    k.attnBack(
      at(dC),
      at(dAlign),
      at(alpha),
      at(hT),
      at(hidden),
      at(v),
      at(keys),
      at(outs[1]),
      at(dv),
      at(outs[2]),
      at(outs[0]),
      at(scratch),
      B,
      Tx,
      Tp,
      D,
      A,
    );
    dispose(scratch);
    return [...outs];
  },
  /** m + Σ_k α_k ⊗ dC_k [B, Tx, D], in order over k. */
  MemoryGrad: ({ m, alphas, dCs }, backend) => {
    const { k, at, make } = io(backend);
    const [K, B, Tx] = alphas!.shape as [number, number, number];
    const D = dCs!.shape[2]!;
    const out = make([B, Tx, D]);
    k.memoryGrad(at(m), at(alphas), at(dCs), at(out), K, B, Tx, D);
    return out;
  },
  /** Xᵀ Y [K, N] for X [M, K], Y [M, N]. */
  MatTN: ({ x, y }, backend) => {
    const { k, at, make } = io(backend);
    const [M, K] = x!.shape as [number, number];
    const N = y!.shape[1]!;
    const out = make([K, N]);
    k.matTN(at(x), at(y), at(out), M, K, N);
    return out;
  },
  /** adam.ts's update of one weight: [w, m, v] after it; `attrs.hyper` [scale, b1, 1 − b1, b2, 1 − b2, c1, lr, c2, eps]. */
  Adam: ({ w, g, m, v }, backend, attrs) => {
    const { k, at, make } = io(backend);
    const outs = [make(w!.shape), make(w!.shape), make(w!.shape)] as const;
    const n = w!.shape.reduce((a, b) => a * b, 1);
    k.adam(at(w), at(g), at(m), at(v), at(outs[0]), at(outs[1]), at(outs[2]), n, ...(attrs.hyper as number[]));
    return [...outs];
  },
  /** Σ over the rows of Y [M, N]: [N]. */
  ColSum: ({ y }, backend) => {
    const { k, at, make } = io(backend);
    const [M, N] = y!.shape as [number, number];
    const out = make([N]);
    k.colSum(at(y), at(out), M, N);
    return out;
  },
};

const prefix = 'AttentionLens';
for (const [name, f] of Object.entries(kernels))
  if (!tf.getKernel(prefix + name, 'wasm'))
    tf.registerKernel({
      kernelName: prefix + name,
      backendName: 'wasm',
      kernelFunc: (({ inputs, backend, attrs }: { inputs: Inputs; backend: unknown; attrs?: NamedAttrMap }) =>
        f(inputs, backend, attrs ?? {})) as KernelConfig['kernelFunc'],
    });

/** Runs kernel `name` (a key of `kernels`) on tensors; undefined inputs are left out. */
export function runKernel(name: string, inputs: Record<string, tf.Tensor | undefined>, attrs: NamedAttrMap = {}): tf.Tensor[] {
  const given = Object.fromEntries(Object.entries(inputs).filter(([, t]) => t)) as tf.NamedTensorMap;
  const out = tf.engine().runKernel(prefix + name, given, attrs) as tf.Tensor | tf.Tensor[];
  return Array.isArray(out) ? out : [out];
}

let enabled = true;
/** Switches the kernels off (the tf ops they replace run instead) or back on: to time one against the other. */
export function setKernels(on: boolean) {
  enabled = on;
}

/** Whether the kernels can take widths `sizes` on the current backend. */
export const fastKernels = (...sizes: number[]) =>
  enabled &&
  tf.getBackend() === 'wasm' &&
  sizes.every((n) => n % 4 === 0) &&
  internalsUsable('wasm') &&
  exportsFor(wasmHeap(tf.backend())) !== null;
