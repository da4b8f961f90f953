/**
 * Greedy decoding of one sentence, with everything the explorer shows: for every output step the
 * token, its top-k rivals, α_i (attention only), C_i and s_i, plus the encoder states h_j. Plain arrays
 * out; one read-back per step; no tensors left behind. Runs the packed weights (`packed.ts`): the same
 * arithmetic as `encoder.ts` + `decoder.ts` in a fifth of the kernels.
 */
import * as tf from '@tensorflow/tfjs-core';
import { END, SOURCE_UNK, START, indexer } from '../data/vocab';
import { encodeOne, stepOne } from './packed';
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

/** exp(x − max) / Σ exp(x − max). */
function softmax(scores: Float32Array): Float32Array {
  let max = -Infinity;
  for (const x of scores) max = Math.max(max, x);
  const p = new Float32Array(scores.length);
  let sum = 0;
  for (let k = 0; k < p.length; k++) sum += p[k] = Math.exp(scores[k]! - max);
  for (let k = 0; k < p.length; k++) p[k]! /= sum;
  return p;
}

/** The k largest entries, largest first (ties: lower index first). */
function topK(p: Float32Array, k: number): { id: number; p: number }[] {
  const top: { id: number; p: number }[] = [];
  p.forEach((x, id) => {
    if (top.length === k && x <= top[k - 1]!.p) return;
    let i = top.length;
    while (i > 0 && top[i - 1]!.p < x) i--;
    top.splice(i, 0, { id, p: x });
    if (top.length > k) top.pop();
  });
  return top;
}

export async function translate(model: Model, source: readonly string[], options: TranslateOptions = {}): Promise<Trace> {
  const { config, vocab } = model;
  const k = Math.min(options.k ?? 5, vocab.target.length);
  const maxSteps = options.maxSteps ?? 2 * source.length + 10;
  const id = indexer(vocab.source, SOURCE_UNK);
  const ids = source.map(id);
  const Tx = ids.length;
  const H2 = 2 * config.hidden;

  const enc = encodeOne(model, ids);
  const h = (await enc.h.array()) as number[][];
  let s = enc.s0;
  let y = START;
  const steps: StepTrace[] = [];
  try {
    while (steps.length < maxSteps && y !== END) {
      const next = stepOne(model, enc, y, s);
      if (s !== enc.s0) s.dispose();
      s = next.s;
      const v = (await next.readout.data()) as Float32Array; // the one read-back of this step
      next.readout.dispose();
      let o = 0;
      const take = (n: number) => {
        const part = new Array<number>(n); // a plain loop: typed-array → array conversions are slow in V8
        for (let k = 0; k < n; k++) part[k] = v[o + k]!;
        o += n;
        return part;
      };
      const alpha = config.variant === 'attention' ? take(Tx) : null;
      const context = take(H2);
      const state = take(config.hidden);
      const topk = topK(softmax(v.subarray(o)), k);
      y = topk[0]!.id;
      steps.push({ token: vocab.target[y]!, topk: topk.map((c) => ({ token: vocab.target[c.id]!, p: c.p })), alpha, context, state });
    }
  } finally {
    if (s !== enc.s0) s.dispose();
    tf.dispose(Object.values(enc));
  }
  const tokens = steps.map((st) => st.token).filter((t, i, all) => !(i === all.length - 1 && t === vocab.target[END]));
  return { source: [...source], unknown: source.filter((t) => id(t) === SOURCE_UNK), h, tokens, steps };
}
