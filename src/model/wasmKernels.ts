/**
 * Kernels for tfjs-backend-wasm that it lacks or runs slowly: `registerWasmKernels()` registers them,
 * once the wasm backend's own kernels are registered (importing '@tensorflow/tfjs-backend-wasm' does
 * that; this file doesn't import it: registering the wasm backend before webgl would make wasm, which
 * starts asynchronously, tfjs's default, and the first tensor would throw).
 *
 * UnsortedSegmentSum (missing on wasm) is `tf.gather`'s gradient: with it, an embedding is a lookup
 * whose gradient adds each row's share back, instead of a one-hot matMul over the whole vocabulary.
 *
 * Slice, SplitV and Unpack that read their input in place:
 *
 * tfjs-backend-wasm 4.22's Slice starts with `backend.readSync(x)`, which copies the *whole* input out
 * of the wasm heap, and its SplitV and Unpack call Slice once per piece: unstacking a [20, 64, 384]
 * tensor copied it 20 times (115 ms instead of ~1 ms). Training slices in every GRU step (the gates)
 * and in the gradients of every concat and stack, so this was a fifth of a training step. These
 * kernels take a view of the heap instead, and copy only the rows they return. Same results, bit for
 * bit; registering them replaces the backend's own (strings still go to the original kernels).
 *
 * GatherV2 along the first axis, the same way (the backend's took 17 ms for [1728, 448] rows; this, ~1 ms).
 *
 * They reach the heap through tfjsInternals.ts, so only on the tfjs release it was written for; on any
 * other, registerWasmKernels says why and leaves the backend's own kernels in place.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { KernelConfig, NamedAttrMap, TensorInfo } from '@tensorflow/tfjs-core';
import { internalsUsable, wasmHeap, type WasmHeap } from './tfjsInternals';

/**
 * Copies the box `begin`…`begin + size` of `x` into new tensors. Trailing dimensions taken whole are
 * merged into one contiguous run, so a slice along the first axis is a single copy.
 */
function slices(heap: WasmHeap, x: TensorInfo, boxes: { begin: number[]; size: number[]; shape: number[] }[]): TensorInfo[] {
  // Allocate every output before taking any view: an allocation may grow the heap and detach views.
  const outs = boxes.map((b) => heap.make(b.shape, x.dtype));
  const xs = heap.view(x);
  const strides = tf.util.computeStrides(x.shape);
  const rank = x.shape.length;
  boxes.forEach(({ begin, size }, k) => {
    const out = heap.view(outs[k]!);
    // The innermost dimension d below which the box covers everything: one run per index above it.
    let d = rank - 1;
    while (d > 0 && size[d] === x.shape[d] && begin[d] === 0) d--;
    const run = d === rank - 1 ? size[d]! : size[d]! * strides[d]!;
    const outer = size.slice(0, d); // iterated index by index
    const count = outer.reduce((n, s) => n * s, 1);
    const index = new Array<number>(d).fill(0);
    for (let r = 0; r < count; r++) {
      let offset = d === rank - 1 ? begin[d]! : begin[d]! * strides[d]!;
      for (let i = 0; i < d; i++) offset += (begin[i]! + index[i]!) * strides[i]!;
      out.set(xs.subarray(offset, offset + run), r * run);
      for (let i = d - 1; i >= 0 && ++index[i]! === outer[i]; i--) index[i] = 0;
    }
  });
  return outs;
}

type Func = (args: { inputs: Record<string, TensorInfo>; attrs?: NamedAttrMap; backend: unknown }) => TensorInfo | TensorInfo[];
/** `null`: a case left to the backend's own kernel. */
type Maybe = (...args: Parameters<Func>) => ReturnType<Func> | null;

const inPlace: Record<string, Maybe> = {
  Slice: ({ inputs: { x }, attrs, backend }) => {
    const [begin, size] = tf.slice_util.parseSliceParams(x as tf.Tensor, attrs!.begin as number[], attrs!.size as number[]) as [
      number[],
      number[],
    ];
    return slices(wasmHeap(backend), x!, [{ begin, size, shape: size }])[0]!;
  },
  SplitV: ({ inputs: { x }, attrs, backend }) => {
    const axis = tf.util.parseAxisParam(attrs!.axis as number, x!.shape)[0]!;
    const sizes = tf.backend_util.prepareSplitSize(x as tf.Tensor, attrs!.numOrSizeSplits as number[] | number, axis);
    let start = 0;
    const boxes = sizes.map((s) => {
      const begin = x!.shape.map((_, i) => (i === axis ? start : 0));
      const size = x!.shape.map((n, i) => (i === axis ? s : n));
      start += s;
      return { begin, size, shape: size };
    });
    return slices(wasmHeap(backend), x!, boxes);
  },
  Unpack: ({ inputs: { value }, attrs, backend }) => {
    const x = value!;
    let axis = attrs!.axis as number;
    if (axis < 0) axis += x.shape.length;
    const shape = x.shape.filter((_, i) => i !== axis);
    const boxes = Array.from({ length: x.shape[axis]! }, (_, k) => ({
      begin: x.shape.map((_, i) => (i === axis ? k : 0)),
      size: x.shape.map((n, i) => (i === axis ? 1 : n)),
      shape,
    }));
    return slices(wasmHeap(backend), x, boxes);
  },
  /** Rows of x by index (an embedding lookup, or picking a batch's real tokens): one copy per row. */
  GatherV2: ({ inputs: { x, indices }, attrs, backend }) => {
    const axis = tf.util.parseAxisParam(attrs!.axis as number, x!.shape)[0]!;
    if (axis !== 0 || (attrs!.batchDims as number) !== 0 || indices!.dtype !== 'int32') return null;
    const heap = wasmHeap(backend);
    const width = x!.shape.slice(1).reduce((n, s) => n * s, 1);
    const out = heap.make([...indices!.shape, ...x!.shape.slice(1)], x!.dtype);
    const [xs, ids, rows] = [heap.view(x!), heap.view(indices!), heap.view(out)];
    for (let n = 0; n < ids.length; n++) {
      const from = ids[n]!;
      if (from < 0 || from >= x!.shape[0]!) throw new Error(`GatherV2: index ${from} is not in [0, ${x!.shape[0]! - 1}]`);
      rows.set(xs.subarray(from * width, (from + 1) * width), n * width);
    }
    return out;
  },
};

/** out[segmentIds[n]] += x[n] for rows n of x [N, …]: out [numSegments, …]. */
function unsortedSegmentSum({ inputs: { x, segmentIds }, attrs, backend }: Parameters<Func>[0]): TensorInfo {
  const heap = wasmHeap(backend);
  const segments = attrs!.numSegments as number;
  const width = x!.shape.slice(1).reduce((n, s) => n * s, 1);
  const out = heap.make([segments, ...x!.shape.slice(1)], x!.dtype);
  const [xs, ids, sums] = [heap.view(x!), heap.view(segmentIds!), heap.view(out)];
  sums.fill(0);
  for (let n = 0; n < ids.length; n++) {
    const to = ids[n]! * width;
    if (to < 0 || to >= sums.length) continue; // out of range: dropped, as TensorFlow does
    for (let k = 0, from = n * width; k < width; k++) sums[to + k]! += xs[from + k]!;
  }
  return out;
}
let registered = false;
/**
 * Registers the kernels above for wasm (once; call it after importing '@tensorflow/tfjs-backend-wasm'),
 * unless the installed tfjs is not the release tfjsInternals.ts was written for (then it says so, once).
 */
export function registerWasmKernels() {
  if (registered) return;
  if (!tf.getKernel('Slice', 'wasm')) throw new Error('registerWasmKernels: import @tensorflow/tfjs-backend-wasm first');
  registered = true;
  if (!internalsUsable('wasm')) return;
  if (!tf.getKernel('UnsortedSegmentSum', 'wasm'))
    tf.registerKernel({
      kernelName: 'UnsortedSegmentSum',
      backendName: 'wasm',
      kernelFunc: unsortedSegmentSum as KernelConfig['kernelFunc'],
    });
  for (const [kernelName, func] of Object.entries(inPlace)) {
    const original = tf.getKernel(kernelName, 'wasm')!;
    tf.unregisterKernel(kernelName, 'wasm');
    tf.registerKernel({
      kernelName,
      backendName: 'wasm',
      setupFunc: original.setupFunc, // the fallback's bindings into the wasm module
      kernelFunc: (args) => {
        const input = Object.values(args.inputs)[0] as TensorInfo;
        const out = input.dtype === 'string' || input.shape.length === 0 ? null : func(args as Parameters<Func>[0]);
        return out ?? original.kernelFunc(args);
      },
    });
  }
}
