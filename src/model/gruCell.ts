/**
 * The GRU's gate arithmetic after its matMuls, as one kernel on the CPU-side backends (wasm, cpu):
 * at batch 1 the ten element-wise ops it replaces cost more to launch than to compute. On WebGL the
 * same function runs as tf ops, as it does on a tfjs release other than the one tfjsInternals.ts was
 * written for. Units U; all rows are [1, ·]:
 *
 *   g = add + Σ pre, laid out [z | r | n_h | n_x | rest]   (a pre may stop early: missing entries are 0)
 *   z = σ(g_z), r = σ(g_r), n = tanh(g_x + r ⊙ g_h), h' = n + z ⊙ (h − n)   (gru.ts, PyTorch's GRU)
 *
 * Returns h' [1, U] and `rest` (the output layer's share riding along) [1, width − 4U], or null.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { TensorInfo } from '@tensorflow/tfjs-core';
import { cpuTensors, internalsUsable, wasmHeap } from './tfjsInternals';

const NAME = 'AttentionLensGruCell';
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const tanh = (x: number) => 2 / (1 + Math.exp(-2 * x)) - 1; // one exp: faster than Math.tanh in V8

/** g, h → h' and rest, on plain arrays. */
function cell(g: Float32Array, h: ArrayLike<number>, out: Float32Array, rest: Float32Array | null) {
  const U = h.length;
  for (let u = 0; u < U; u++) {
    const z = sigmoid(g[u]!);
    const r = sigmoid(g[U + u]!);
    const n = tanh(g[3 * U + u]! + r * g[2 * U + u]!);
    out[u] = n + z * (h[u]! - n);
  }
  if (rest) rest.set(g.subarray(4 * U));
}

/** A backend's memory: `view` gives a tensor's values in place (on wasm, valid until the next allocation). */
type Store = { view: (t: TensorInfo) => Float32Array; make: (shape: number[]) => TensorInfo };
function kernel({ add, h, ...pres }: Record<string, TensorInfo>, store: Store): TensorInfo[] {
  const U = h!.shape[1]!;
  const width = add!.shape[1]! - 4 * U;
  // Allocate first: on wasm an allocation may grow the heap and detach every view taken before it.
  const next = store.make([1, U]);
  const rest = width > 0 ? store.make([1, width]) : null;
  const g = new Float32Array(4 * U + width);
  g.set(store.view(add!));
  for (const pre of Object.values(pres)) {
    const p = store.view(pre);
    for (let k = 0; k < pre.shape[1]!; k++) g[k]! += p[k]!;
  }
  cell(g, store.view(h!), store.view(next), rest && store.view(rest));
  return rest ? [next, rest] : [next];
}

/** Where the kernel runs, each backend's tensors reached through tfjsInternals.ts. */
const stores: Record<'wasm' | 'cpu', (backend: unknown) => Store> = {
  wasm: (b) => {
    const heap = wasmHeap(b);
    return { view: (t) => heap.view(t) as Float32Array, make: (shape) => heap.make(shape, 'float32') };
  },
  cpu: (b) => {
    const c = cpuTensors(b);
    return { view: (t) => c.view(t), make: (shape) => c.make(shape, new Float32Array(shape[0]! * shape[1]!)) };
  },
};
for (const [backendName, store] of Object.entries(stores))
  tf.registerKernel({
    kernelName: NAME,
    backendName,
    kernelFunc: ({ inputs, backend }) => kernel(inputs as Record<string, TensorInfo>, store(backend)),
  });

/** The same function as tf ops (WebGL, or any backend without the kernel). */
export function gruCellOps(pres: tf.Tensor2D[], add: tf.Tensor2D, h: tf.Tensor2D): [tf.Tensor2D, tf.Tensor2D | null] {
  const U = h.shape[1];
  const width = add.shape[1];
  const g = pres.reduce<tf.Tensor2D>(
    (sum, pre) =>
      tf.add(
        sum,
        pre.shape[1] < width
          ? tf.pad(pre, [
              [0, 0],
              [0, width - pre.shape[1]],
            ])
          : pre,
      ),
    add,
  );
  const [z, r, nh, nx, rest] = tf.split(g, width > 4 * U ? [U, U, U, U, width - 4 * U] : [U, U, U, U], 1);
  const n = tf.tanh(tf.add(nx!, tf.mul(tf.sigmoid(r!), nh!)));
  const next = tf.add(n, tf.mul(tf.sigmoid(z!), tf.sub(h, n))) as tf.Tensor2D;
  return [next, (rest as tf.Tensor2D | undefined) ?? null];
}

/** `pres`: the matMul outputs, each covering a prefix of the layout; `add`: the rest of g, full width. */
export function gruCell(pres: tf.Tensor2D[], add: tf.Tensor2D, h: tf.Tensor2D): [tf.Tensor2D, tf.Tensor2D | null] {
  const backend = tf.getBackend();
  if (!(backend === 'wasm' || backend === 'cpu') || !internalsUsable(backend)) return gruCellOps(pres, add, h);
  const inputs = Object.fromEntries(pres.map((p, i) => [`pre${i}`, p]));
  const out = tf.engine().runKernel(NAME, { ...inputs, add, h }) as tf.Tensor2D | tf.Tensor2D[];
  return Array.isArray(out) ? [out[0]!, out[1] ?? null] : [out, null];
}
