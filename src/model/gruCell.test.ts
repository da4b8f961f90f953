import * as tf from '@tensorflow/tfjs-core';
import { expect, it } from 'vitest';
import { describePinned } from '../testing/pinned';
import { gruCell, gruCellOps } from './gruCell';
import { tidy } from './ops';

describePinned('gruCell: one kernel on wasm and cpu, tf ops elsewhere — the same numbers', () => {
  const U = 5;
  const run = (f: typeof gruCell, preWidth: number, addWidth: number) =>
    tidy(() => {
      const pre = tf.randomNormal([1, preWidth], 0, 2, 'float32', 1) as tf.Tensor2D;
      const add = tf.randomNormal([1, addWidth], 0, 2, 'float32', 2) as tf.Tensor2D;
      const h = tf.randomUniform([1, U], -1, 1, 'float32', 3) as tf.Tensor2D;
      const [next, rest] = f(preWidth > 4 * U ? [pre, tf.slice(pre, [0, 0], [1, 3 * U])] : [pre], add, h);
      return [Array.from(next.dataSync()), rest ? Array.from(rest.dataSync()) : null] as const;
    });

  const widths: [number, number][] = [
    [4 * U, 4 * U], // decoder without the output share
    [3 * U, 4 * U], // encoder: h U stops before the input part of n
    [4 * U + 7, 4 * U + 7], // decoder: the output layer's share rides along, and s's matMul adds to [z | r | n_h]
  ];
  for (const [preWidth, addWidth] of widths)
    it(`pre ${preWidth} wide, addend ${addWidth}`, async () => {
      const results = [];
      for (const backend of ['wasm', 'cpu']) {
        await tf.setBackend(backend);
        results.push(run(gruCell, preWidth, addWidth), run(gruCellOps, preWidth, addWidth));
      }
      await tf.setBackend('wasm');
      const [first, ...others] = results;
      expect(first![0]).toHaveLength(U);
      expect(first![1]?.length ?? 0).toBe(addWidth - 4 * U);
      for (const o of others) {
        o[0].forEach((x, i) => expect(x).toBeCloseTo(first![0][i]!, 5));
        o[1]?.forEach((x, i) => expect(x).toBeCloseTo(first![1]![i]!, 5));
      }
      expect(first![0].every((x) => Math.abs(x) <= 1)).toBe(true); // a GRU state stays in [−1, 1]
    });
});
