/**
 * The "before" of packed decoding, kept for the benchmark's side-by-side ratio: the readable
 * `encoder.ts` + `decoder.ts` run step by step (encode once, U·h_j once, one read-back per step of
 * [α ‖ C ‖ s ‖ top-k]), as `translate` did before `packed.ts`. Returns the output tokens.
 */
import * as tf from '@tensorflow/tfjs-core';
import { END, SOURCE_UNK, START, indexer } from '../src/data/vocab';
import { decoderContext, decoderStep, disposeContext, initialState } from '../src/model/decoder';
import { encode } from '../src/model/encoder';
import type { Model } from '../src/model/model';
import { tidy } from '../src/model/ops';

export async function translateUnpacked(model: Model, source: readonly string[], k = 5): Promise<string[]> {
  const { config, vocab, params: p } = model;
  const ids = source.map(indexer(vocab.source, SOURCE_UNK));
  const Tx = ids.length;
  const state = tidy(() => {
    const enc = encode(p, tf.tensor2d(ids, [Tx, 1], 'int32'), tf.ones([Tx, 1]), config.hidden);
    return { ctx: decoderContext(p, config, enc), h: tf.reshape(enc.h, [Tx, -1]), s0: initialState(p, enc) };
  });
  await state.h.array();
  let s = state.s0;
  let y = START;
  const out: string[] = [];
  for (let i = 0; i < 2 * Tx + 10 && y !== END; i++) {
    const [readout, next] = tidy(() => {
      const o = decoderStep(p, config, state.ctx, tf.tensor1d([y], 'int32'), s);
      const top = tf.topk(tf.softmax(o.logits), k);
      const flat = (t: tf.Tensor) => tf.reshape(tf.cast(t, 'float32'), [-1]) as tf.Tensor1D;
      const parts = ([o.alpha ?? tf.zeros([0]), o.context, o.s, top.values, top.indices] as tf.Tensor[]).map(flat);
      return [tf.concat(parts), o.s] as [tf.Tensor1D, tf.Tensor2D];
    });
    s.dispose();
    s = next;
    const v = await readout.data();
    readout.dispose();
    y = v[v.length - k]!;
    if (y !== END) out.push(vocab.target[y]!);
  }
  tf.dispose([s, state.h]);
  disposeContext(state.ctx);
  return out;
}
