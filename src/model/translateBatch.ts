/** Greedy decoding of many sentences at once, for evaluation: output tokens and (attention) α rows. */
import * as tf from '@tensorflow/tfjs-core';
import { END, SOURCE_UNK, START, indexer } from '../data/vocab';
import { tidy } from './ops';
import { decoderMemory, decoderStep, disposeMemory, initialState } from './decoder';
import { encode } from './encoder';
import type { Model } from './model';

export interface BatchResult {
  tokens: string[];
  /** α_i over the sentence's own source positions, per output token (attention only). */
  alpha: number[][] | null;
}

export async function translateBatch(model: Model, sources: readonly (readonly string[])[], maxSteps?: number): Promise<BatchResult[]> {
  const { config, vocab, params: p } = model;
  const B = sources.length;
  const Tx = Math.max(...sources.map((s) => s.length));
  const limit = maxSteps ?? 2 * Tx + 10;
  const id = indexer(vocab.source, SOURCE_UNK);
  const x = new Int32Array(Tx * B);
  const m = new Float32Array(Tx * B);
  sources.forEach((src, b) => src.forEach((t, j) => ((x[j * B + b] = id(t)), (m[j * B + b] = 1))));

  const { memory, s0 } = tidy(() => {
    const enc = encode(p, tf.tensor2d(x, [Tx, B], 'int32'), tf.tensor2d(m, [Tx, B]), config.hidden);
    return { memory: decoderMemory(p, config, enc), s0: initialState(p, enc) };
  });
  let s = s0;
  let y = tf.fill([B], START, 'int32') as tf.Tensor1D;
  const ids: number[][] = sources.map(() => []);
  const alphas: number[][][] = sources.map(() => []);
  const done = new Array<boolean>(B).fill(false);
  try {
    for (let i = 0; i < limit && done.includes(false); i++) {
      const out = tidy(() => {
        const o = decoderStep(p, config, memory, y, s);
        return { s: o.s, y: tf.argMax(o.logits, 1) as tf.Tensor1D, alpha: o.alpha };
      });
      s.dispose();
      y.dispose();
      [s, y] = [out.s, out.y];
      const [yv, av] = await Promise.all([y.data(), out.alpha?.data()]);
      out.alpha?.dispose();
      for (let b = 0; b < B; b++) {
        if (done[b]) continue;
        const t = yv[b]!;
        if (t === END) {
          done[b] = true;
          continue;
        }
        ids[b]!.push(t);
        if (av) alphas[b]!.push(Array.from(av.subarray(b * Tx, b * Tx + sources[b]!.length)));
      }
    }
  } finally {
    tf.dispose([s, y]);
    disposeMemory(memory);
  }
  return ids.map((row, b) => ({ tokens: row.map((t) => vocab.target[t]!), alpha: config.variant === 'attention' ? alphas[b]! : null }));
}
