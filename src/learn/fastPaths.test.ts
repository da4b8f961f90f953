import * as tf from '@tensorflow/tfjs-core';
import { expect, it } from 'vitest';
import { describePinned } from '../testing/pinned';
import { attentionBackward, attentionContext, attentionHidden, memoryGradient, type Memory } from './attentionStep';
import { gruBackward, gruForward, gruStep, gruStepBackward } from './gruStep';
import { adamState, adamUpdate } from './adam';
import { fastKernels, runKernel } from './simd/kernels';

// Sizes like training's but small; Tx = 7 is not a multiple of 4 (the backward kernel pads it).
const [B, H, Tx, A] = [5, 12, 7, 8];
const D = 2 * H;
const seeded = (shape: number[], seed: number) => tf.randomNormal(shape, 0, 1, 'float32', seed);
/** Bit for bit: the same float32 values, compared as integers. */
const bits = (t: tf.Tensor) => Array.from(new Int32Array(new Float32Array(t.dataSync()).buffer));

describePinned('the trainer’s wasm SIMD kernels give the tf ops’ results bit for bit', () => {
  it('run on the wasm backend, for widths that are multiples of 4', () => {
    expect(tf.getBackend()).toBe('wasm');
    expect(fastKernels(H, A)).toBe(true);
    expect(fastKernels(10)).toBe(false);
  });

  for (const masked of [false, true])
    it(`GRU step, forward and backward${masked ? ', with a padding mask' : ''}`, () => {
      tf.tidy(() => {
        const [xw, hU, c, h] = [seeded([B, 3 * H], 1), seeded([B, 3 * H], 2), seeded([3 * H], 3), seeded([B, H], 4)] as [
          tf.Tensor2D,
          tf.Tensor2D,
          tf.Tensor1D,
          tf.Tensor2D,
        ];
        const m = masked ? (tf.tensor2d([1, 0, 1, 1, 0], [B, 1]) as tf.Tensor2D) : undefined;
        const [readable, fast] = [gruForward(xw, hU, c, h, m), gruStep(xw, hU, c, h, m)];
        expect(bits(fast.next)).toEqual(bits(readable.next));
        expect(bits(fast.saved.gates)).toEqual(bits(readable.saved.gates));
        const [d1, d2] = [seeded([B, H], 5), seeded([B, H], 6)] as tf.Tensor2D[];
        const [back, backFast] = [gruBackward(d1!, d2!, readable.saved, m), gruStepBackward(d1!, d2!, fast.saved, m)];
        for (const k of ['dxw', 'dhu', 'dh'] as const) expect(bits(backFast[k]), k).toEqual(bits(back[k]));
      });
    });

  for (const guided of [false, true])
    it(`attention at a decoder step, forward and backward, and the memory's gradient${guided ? ', with guided alignment' : ''}`, () => {
      tf.tidy(() => {
        const base = {
          h: seeded([B, Tx, D], 7) as tf.Tensor3D,
          keys: seeded([B, Tx, A], 8) as tf.Tensor3D,
          maskAdd: tf.tensor2d(
            Array.from({ length: B * Tx }, (_, k) => (k % Tx > 4 && k >= Tx ? -1e4 : 0)),
            [B, Tx],
          ), // padding after 5 words but in the first row
          v: seeded([A, 1], 9) as tf.Tensor2D,
        };
        const mems: Memory[] = [
          { ...base, fast: false },
          { ...base, fast: true },
        ];
        const query = seeded([B, A], 10) as tf.Tensor2D;
        const [hidden, hiddenFast] = mems.map((mem) => attentionHidden(mem, query));
        expect(bits(hiddenFast!)).toEqual(bits(hidden!));
        const [step, stepFast] = mems.map((mem) => attentionContext(mem, hidden!));
        expect(bits(stepFast!.context)).toEqual(bits(step!.context));
        // Two steps back, so the sums carry over.
        const dAlign = guided ? (seeded([B, Tx], 11) as tf.Tensor2D) : undefined;
        const results = mems.map((mem) => {
          let sums = { keys: tf.zerosLike(base.keys), v: tf.zerosLike(base.v) };
          const dqs: tf.Tensor2D[] = [];
          for (const seed of [12, 13]) {
            const back = attentionBackward(mem, { alpha: step!.alpha, hidden: hidden! }, seeded([B, D], seed) as tf.Tensor2D, dAlign, sums);
            sums = back.sums;
            dqs.push(back.dq);
          }
          const attended = [12, 13].map((seed) => ({ alpha: step!.alpha, dC: seeded([B, D], seed) as tf.Tensor2D }));
          return { dqs, sums, memory: memoryGradient(mem, seeded([B, Tx, D], 14) as tf.Tensor3D, attended) };
        });
        const [readable, fast] = results as [(typeof results)[0], (typeof results)[0]];
        fast.dqs.forEach((dq, k) => expect(bits(dq), `dq ${k}`).toEqual(bits(readable.dqs[k]!)));
        expect(bits(fast.sums.keys)).toEqual(bits(readable.sums.keys));
        expect(bits(fast.sums.v)).toEqual(bits(readable.sums.v));
        expect(bits(fast.memory)).toEqual(bits(readable.memory));
      });
    });

  it('weight gradients Xᵀ Y and column sums, also where the rows come in more than one chunk and N is not a multiple of 8', () => {
    tf.tidy(() => {
      for (const [M, K, N] of [
        [7, 4, 12],
        [300, 12, 20],
      ] as const) {
        const [x, y] = [seeded([M, K], 15), seeded([M, N], 16)] as tf.Tensor2D[];
        expect(bits(runKernel('MatTN', { x, y })[0]!)).toEqual(bits(tf.matMul(tf.transpose(x!), y!)));
        expect(bits(runKernel('ColSum', { y })[0]!)).toEqual(bits(tf.reshape(tf.matMul(tf.ones([1, M]), y!), [-1])));
      }
    });
  });

  it('an Adam update (with clipping), on a weight whose size is not a multiple of 4', () => {
    const shape = [3, 7];
    const vars = { w: tf.variable(seeded(shape, 17)) };
    const readable = { w: tf.variable(tf.clone(vars.w)) };
    const grads = { w: seeded(shape, 18) };
    const [state, readableState] = [adamState(vars), adamState(readable)];
    for (let step = 0; step < 3; step++) {
      adamUpdate(vars, grads, state, 0.01, 0.5);
      adamUpdate(readable, grads, readableState, 0.01, 0.5, 0.9, 0.999, 1e-8, false);
    }
    expect(bits(vars.w)).toEqual(bits(readable.w));
    expect(bits(state.m.w!)).toEqual(bits(readableState.m.w!));
    expect(bits(state.v.w!)).toEqual(bits(readableState.v.w!));
    tf.dispose([vars.w, readable.w, grads.w, ...Object.values(state.m), ...Object.values(state.v)]);
    tf.dispose([...Object.values(readableState.m), ...Object.values(readableState.v)]);
  });
});
