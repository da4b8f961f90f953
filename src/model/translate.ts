/**
 * Greedy decoding of one sentence, with everything the explorer shows: for every output step the
 * token, its top-k rivals, α_i (attention only), C_i and s_i, plus the encoder states h_j. Plain arrays
 * out; one read-back per step; no tensors left behind.
 */
import * as tf from '@tensorflow/tfjs-core';
import { END, SOURCE_UNK, START, indexer } from '../data/vocab';
import { tidy } from './ops';
import { decoderContext, decoderStep, disposeContext, initialState } from './decoder';
import { encode } from './encoder';
import type { Model } from './model';

export interface Candidate {
  token: string;
  p: number;
}

export interface StepTrace {
  /** The chosen token y_i (`</s>` on the last step). */
  token: string;
  /** The k most likely tokens at this step, best first (the first is `token`). */
  topk: Candidate[];
  /** α_ij over source positions j (attention only). */
  alpha: number[] | null;
  /** C_i: for the distracted model the same vector at every step. */
  context: number[];
  /** Decoder state s_i. */
  state: number[];
}

export interface Trace {
  source: string[];
  /** Source tokens missing from the vocabulary (read as <unk>). */
  unknown: string[];
  /** h_j, one vector per source token. */
  h: number[][];
  /** Output tokens without the final `</s>`. */
  tokens: string[];
  /** One entry per output token, plus the final `</s>` step when the model stopped by itself. */
  steps: StepTrace[];
}

export interface TranslateOptions {
  k?: number;
  /** Defaults to twice the source length plus 10. */
  maxSteps?: number;
}

export async function translate(model: Model, source: readonly string[], options: TranslateOptions = {}): Promise<Trace> {
  const { config, vocab, params: p } = model;
  const k = Math.min(options.k ?? 5, vocab.target.length);
  const maxSteps = options.maxSteps ?? 2 * source.length + 10;
  const id = indexer(vocab.source, SOURCE_UNK);
  const ids = source.map(id);
  const Tx = ids.length;
  const H2 = 2 * config.hidden;

  const state = tidy(() => {
    const x = tf.tensor2d(ids, [Tx, 1], 'int32'); // [Tx, 1]
    const enc = encode(p, x, tf.ones([Tx, 1]), config.hidden);
    return { ctx: decoderContext(p, config, enc), h: tf.reshape(enc.h, [Tx, H2]), s0: initialState(p, enc) };
  });
  const h = (await state.h.array()) as number[][];
  const { ctx } = state;
  let s: tf.Tensor2D = state.s0;
  let y = START;
  const steps: StepTrace[] = [];
  try {
    while (steps.length < maxSteps && y !== END) {
      const [packed, next] = tidy(() => {
        const out = decoderStep(p, config, ctx, tf.tensor1d([y], 'int32'), s);
        const top = tf.topk(tf.softmax(out.logits), k); // [1, k]
        // One read-back per step: [α (Tx) | C (2H) | s (H) | top-k p (k) | top-k ids (k)].
        const flat = (t: tf.Tensor) => tf.reshape(tf.cast(t, 'float32'), [-1]) as tf.Tensor1D;
        const parts = ([out.alpha ?? tf.zeros([0]), out.context, out.s, top.values, top.indices] as tf.Tensor[]).map(flat);
        return [tf.concat(parts), out.s] as [tf.Tensor1D, tf.Tensor2D];
      });
      s.dispose();
      s = next;
      const v = await packed.data();
      packed.dispose();
      let o = 0;
      const take = (n: number) => Array.from(v.subarray(o, (o += n)));
      const alpha = config.variant === 'attention' ? take(Tx) : null;
      const context = take(H2);
      const state = take(config.hidden);
      const probs = take(k);
      const top = take(k);
      y = top[0]!;
      steps.push({ token: vocab.target[y]!, topk: top.map((t, i) => ({ token: vocab.target[t]!, p: probs[i]! })), alpha, context, state });
    }
  } finally {
    s.dispose();
    tf.dispose(state.h);
    disposeContext(ctx);
  }
  const tokens = steps.map((st) => st.token).filter((t, i, all) => !(i === all.length - 1 && t === vocab.target[END]));
  return { source: [...source], unknown: source.filter((t) => id(t) === SOURCE_UNK), h, tokens, steps };
}
