import * as tf from '@tensorflow/tfjs-core';
import { afterAll, expect, it } from 'vitest';
import { describePinned } from '../testing/pinned';
import { embed, tanh } from './ops';
import { registerWasmKernels } from './wasmKernels';

/** Runs `f` on wasm and on cpu (tfjs's reference kernels); returns both results as plain arrays. */
async function onBoth<T>(f: () => T): Promise<[T, T]> {
  const out: T[] = [];
  for (const backend of ['wasm', 'cpu']) {
    await tf.setBackend(backend);
    out.push(f());
  }
  return out as [T, T];
}
const values = (ts: tf.Tensor | tf.Tensor[]) =>
  (Array.isArray(ts) ? ts : [ts]).map((t) => ({ shape: t.shape, data: Array.from(t.dataSync()) }));
const input = (shape: number[], dtype: 'float32' | 'int32' = 'float32') =>
  dtype === 'int32' ? tf.reshape(tf.range(0, tf.util.sizeFromShape(shape), 1, 'int32'), shape) : tf.randomNormal(shape, 0, 1, 'float32', 7);

describePinned('wasm kernels: in-place Slice, SplitV, Unpack and GatherV2, and UnsortedSegmentSum, equal to the reference kernels', () => {
  registerWasmKernels(); // as the Node and browser backend set-ups do (a second call does nothing)
  afterAll(() => tf.setBackend('wasm'));

  const slices: [number[], number[], number[]][] = [
    [[7], [2], [3]],
    [
      [4, 6],
      [1, 2],
      [2, 3],
    ],
    [
      [4, 6],
      [1, 0],
      [2, 6],
    ], // whole rows: one run
    [
      [3, 4, 5],
      [1, 1, 0],
      [2, 2, 5],
    ],
    [
      [3, 4, 5],
      [0, 0, 2],
      [3, 4, 2],
    ],
    [
      [2, 3, 4, 5],
      [1, 0, 1, 0],
      [1, 3, 2, 5],
    ],
    [
      [2, 3, 4, 5, 2],
      [0, 1, 1, 2, 0],
      [2, 2, 3, 2, 2],
    ],
  ];
  for (const [shape, begin, size] of slices)
    for (const dtype of ['float32', 'int32'] as const)
      it(`slice ${dtype} [${shape}] from [${begin}] size [${size}]`, async () => {
        const [a, b] = await onBoth(() => values(tf.slice(input(shape, dtype), begin, size)));
        expect(a).toEqual(b);
      });

  it('split and unstack along every axis', async () => {
    const [a, b] = await onBoth(() =>
      [0, 1, 2].flatMap((axis) => [
        ...values(tf.split(input([6, 4, 9]), axis === 2 ? [2, 3, 4] : 2, axis)),
        ...values(tf.unstack(input([3, 4, 5]), axis)),
      ]),
    );
    expect(a).toEqual(b);
  });

  it('gather rows (axis 0) of float32 and int32 tensors, with repeats, and along other axes', async () => {
    const [a, b] = await onBoth(() => {
      const ids = tf.tensor2d([3, 0, 3, 1, 2, 2], [2, 3], 'int32');
      return [
        ...values(tf.gather(input([4, 5]), ids)),
        ...values(tf.gather(input([4, 2, 3], 'int32'), ids)),
        ...values(tf.gather(input([2, 4, 3]), ids, 1)),
      ];
    });
    expect(a).toEqual(b);
  });

  it("tf.gather's gradient (UnsortedSegmentSum) adds repeated rows, as cpu does", async () => {
    const [a, b] = await onBoth(() => {
      const table = input([6, 3]);
      const ids = tf.tensor1d([0, 5, 2, 5, 5, 1], 'int32');
      const weights = tf.mul(input([6, 3]), 3);
      const grad = tf.grad((t: tf.Tensor) => tf.sum(tf.mul(embed(ids, t as tf.Tensor2D), weights)))(table);
      return values(grad);
    });
    a[0]!.data.forEach((x, i) => expect(x).toBeCloseTo(b[0]!.data[i]!, 5));
  });

  it('tanh as 2σ(2x) − 1: the value and gradient of tf.tanh', async () => {
    await tf.setBackend('wasm');
    const x = tf.linspace(-12, 12, 97);
    const [ours, theirs] = [tanh, tf.tanh].map((f) => [values(f(x))[0]!.data, values(tf.grad((v: tf.Tensor) => f(v))(x))[0]!.data]);
    ours!.forEach((xs, k) => xs.forEach((v, i) => expect(v).toBeCloseTo(theirs![k]![i]!, 6)));
  });
});
