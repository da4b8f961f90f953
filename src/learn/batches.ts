/** Length-bucketed, time-major training batches: little padding, fresh order every epoch. */
import * as tf from '@tensorflow/tfjs-core';
import type { Example } from '../data/sample';
import { rng, shuffle } from '../data/rng';
import { END, PAD, SOURCE_UNK, START, TARGET_UNK, indexer, type Vocab } from '../data/vocab';
import type { Batch } from '../model/loss';

/** Example indices grouped into batches of similar length, in a seeded order for this epoch. */
export function epochBatches(examples: readonly Example[], batchSize: number, seed: number, epoch: number): number[][] {
  const random = rng(seed * 7919 + epoch);
  const order = shuffle(
    random,
    examples.map((_, i) => i),
  );
  const pool = batchSize * 50;
  const batches: number[][] = [];
  for (let p = 0; p < order.length; p += pool) {
    const chunk = order.slice(p, p + pool).sort((a, b) => examples[a]!.source.length - examples[b]!.source.length);
    for (let b = 0; b + batchSize <= chunk.length; b += batchSize) batches.push(chunk.slice(b, b + batchSize));
  }
  return shuffle(random, batches);
}

/** Padded time-major id tensors for a set of examples. */
export function toBatch(examples: readonly Example[], vocab: Vocab): Batch {
  const src = indexer(vocab.source, SOURCE_UNK);
  const tgt = indexer(vocab.target, TARGET_UNK);
  const B = examples.length;
  const Tx = Math.max(...examples.map((e) => e.source.length));
  const Ty = Math.max(...examples.map((e) => e.target.length)) + 1;
  const x = new Int32Array(Tx * B).fill(PAD);
  const xMask = new Float32Array(Tx * B);
  const yIn = new Int32Array(Ty * B).fill(PAD);
  const yOut = new Int32Array(Ty * B).fill(PAD);
  const yMask = new Float32Array(Ty * B);
  const gold = new Float32Array(Ty * B * Tx);
  const goldMask = new Float32Array(Ty * B);
  examples.forEach((e, b) => {
    e.links.forEach((links, i) => {
      if (!links.length) return;
      goldMask[i * B + b] = 1;
      for (const j of links) gold[(i * B + b) * Tx + j] = 1 / links.length;
    });
    e.source.forEach((t, j) => ((x[j * B + b] = src(t)), (xMask[j * B + b] = 1)));
    const ids = e.target.map(tgt);
    [START, ...ids].forEach((t, i) => (yIn[i * B + b] = t));
    [...ids, END].forEach((t, i) => ((yOut[i * B + b] = t), (yMask[i * B + b] = 1)));
  });
  return {
    x: tf.tensor2d(x, [Tx, B], 'int32'),
    xMask: tf.tensor2d(xMask, [Tx, B]),
    yIn: tf.tensor2d(yIn, [Ty, B], 'int32'),
    yOut: tf.tensor2d(yOut, [Ty, B], 'int32'),
    yMask: tf.tensor2d(yMask, [Ty, B]),
    gold: { alignment: tf.tensor3d(gold, [Ty, B, Tx]), mask: tf.tensor2d(goldMask, [Ty, B]) },
  };
}

export const disposeBatch = (b: Batch) =>
  tf.dispose([b.x, b.xMask, b.yIn, b.yOut, b.yMask, ...(b.gold ? [b.gold.alignment, b.gold.mask] : [])]);
