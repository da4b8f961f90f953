/**
 * Greedy decoding of one sentence, with everything the explorer shows: for every output step the
 * token, its top-k rivals, α_i (attention only), C_i and s_i, plus the encoder states h_j. Plain arrays
 * out; one read-back per step; no tensors left behind.
 *
 * Three paths compute the same numbers (a test holds them equal on every shipped model): `reference`
 * runs `encoder.ts` + `decoder.ts`, the model as the article writes it — read this one; `packed`
 * (the default on wasm and cpu) runs `packed.ts`, the same arithmetic in a fifth of the kernels, and
 * reads back one vector per step; `device` (the default on WebGL) runs the same packed steps but keeps
 * the greedy loop on the GPU and reads the whole sentence back at once (twice if it runs long).
 */
import * as tf from '@tensorflow/tfjs-core';
import { END, SOURCE_UNK, START, indexer, tokenLabel } from '../data/vocab';
import { LEARNED, type AttentionRule } from './attention';
import { decoderMemory, decoderStep, disposeMemory, initialState } from './decoder';
import { encode } from './encoder';
import type { Model } from './model';
import { tidy } from './ops';
import { decodeChunk, encodeOne, packedWeights, stepOne, targetRow } from './packed';

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
  /** α_ij, one row per output token (attention only): the matrix every view and export shows. */
  alpha: number[][] | null;
  /** Source and output tokens as the screen and the exports show them (a space as ␣). */
  labels: { source: string[]; target: string[] };
  /** One entry per output token, plus the final `</s>` step when the model stopped by itself. */
  steps: StepTrace[];
}

export type DecodingPath = 'packed' | 'reference' | 'device';

/** On WebGL every read-back waits for the GPU's queue to drain: there the greedy loop stays on the device. */
export const defaultPath = (): DecodingPath => (tf.getBackend() === 'webgl' ? 'device' : 'packed');

export interface TranslateOptions {
  k?: number;
  /** Defaults to twice the source length plus 10. */
  maxSteps?: number;
  /** Which implementation runs the model; `defaultPath()` unless asked. */
  path?: DecodingPath;
  /** How α_i is made at every step (attention only): the model's own unless an intervention asks otherwise. */
  rule?: AttentionRule;
  /** Forced cells: output step i (0-based) → the source word j that gets all of that step's attention. */
  forced?: Readonly<Record<number, number>>;
}

/** A sentence being decoded: its h_j [Tx, 2H], and one step at a time y_{i-1} → [α_i ‖ C_i ‖ s_i ‖ scores] [1, ·]. */
export interface Decoding {
  h: tf.Tensor2D;
  /** The caller disposes the returned readout. `rule` makes α_i (the model's own by default). */
  step(y: number, rule?: AttentionRule): tf.Tensor2D;
  dispose(): void;
}

/** Encodes `ids` and returns the step function, on the packed or the reference path. */
export async function startDecoding(model: Model, ids: readonly number[], path: 'packed' | 'reference' = 'packed'): Promise<Decoding> {
  if (ids.length === 0) throw new Error('Nothing to translate: the sentence is empty.');
  if (path === 'packed') {
    const w = await packedWeights(model);
    const enc = encodeOne(model, w, ids);
    let s = enc.s0;
    const dispose = () => (s !== enc.s0 && s.dispose(), tf.dispose(Object.values(enc)));
    const step = (y: number, rule: AttentionRule = LEARNED) => {
      const yRow = targetRow(w, y);
      const next = stepOne(w, enc, yRow, s, rule);
      tf.dispose([yRow, next.scores]);
      if (s !== enc.s0) s.dispose();
      s = next.s;
      return next.readout;
    };
    return { h: enc.h, step, dispose };
  }
  // The reference: encode once, then decoderStep as decoder.ts defines it.
  const { config, params: p } = model;
  const Tx = ids.length;
  const { memory, h, s0 } = tidy(() => {
    const enc = encode(p, tf.tensor2d([...ids], [Tx, 1], 'int32'), tf.ones([Tx, 1]), config.hidden);
    return { memory: decoderMemory(p, config, enc), h: tf.reshape(enc.h, [Tx, -1]) as tf.Tensor2D, s0: initialState(p, enc) };
  });
  let s = s0;
  const step = (y: number, rule: AttentionRule = LEARNED) => {
    const [readout, next] = tidy(() => {
      const o = decoderStep(p, config, memory, tf.tensor1d([y], 'int32'), s, rule);
      return [tf.concat([...(o.alpha ? [o.alpha] : []), o.context, o.s, o.logits], 1) as tf.Tensor2D, o.s];
    });
    s.dispose();
    s = next;
    return readout;
  };
  return { h, step, dispose: () => (tf.dispose([s, h]), disposeMemory(memory)) };
}

/**
 * The `device` path: encodes, then decodes in chunks of steps that stay on the device, reading each
 * chunk back once (the first together with h_j). A chunk of Tx + 6 steps holds most translations;
 * longer ones take a second chunk. Calls `onRow` with each step's readout and chosen id, up to `</s>`.
 */
async function decodeOnDevice(
  model: Model,
  ids: readonly number[],
  maxSteps: number,
  rule: AttentionRule,
  onRow: (readout: Float32Array, id: number) => void,
): Promise<number[][]> {
  const w = await packedWeights(model);
  const enc = encodeOne(model, w, ids);
  const Tx = ids.length;
  const H2 = 2 * model.config.hidden;
  let y = tf.tensor1d([START], 'int32');
  let s = enc.s0;
  let h: number[][] | null = null;
  let done = 0;
  try {
    while (done < maxSteps) {
      const chunk = decodeChunk(w, enc, y, s, Math.min(maxSteps - done, done === 0 ? Tx + 6 : Math.ceil(Tx / 2) + 4), rule);
      tf.dispose([y, ...(s === enc.s0 ? [] : [s])]);
      ({ y, s } = chunk);
      const all = h ? chunk.rows : tidy(() => tf.concat([tf.reshape(enc.h, [-1]), tf.reshape(chunk.rows, [-1])]));
      const v = (await all.data()) as Float32Array; // this chunk's one read-back
      tf.dispose([chunk.rows, all]);
      let o = 0;
      if (!h) {
        h = Array.from({ length: Tx }, (_, j) => Array.from(v.subarray(j * H2, (j + 1) * H2)));
        o = Tx * H2;
      }
      const width = chunk.rows.shape[1];
      for (; o < v.length; o += width) {
        const id = v[o + width - 1]!;
        onRow(v.subarray(o, o + width - 1), id);
        done++;
        if (id === END) return h;
      }
    }
    return h ?? [];
  } finally {
    tf.dispose([y, ...(s === enc.s0 ? [] : [s]), ...Object.values(enc)]);
  }
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

  const steps: StepTrace[] = [];
  /** One step's trace from its readout [α_i ‖ C_i ‖ s_i ‖ scores]; `chosen` is y_i when the device chose it. */
  const addStep = (v: Float32Array, chosen?: number) => {
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
    const y = chosen ?? topk[0]!.id;
    steps.push({ token: vocab.target[y]!, topk: topk.map((c) => ({ token: vocab.target[c.id]!, p: c.p })), alpha, context, state });
    return y;
  };
  // Forced cells change α at chosen steps only: decoded step by step (the device path runs one rule throughout).
  const forcedAt = (i: number) => {
    const j = options.forced?.[i];
    return j !== undefined && Number.isInteger(j) && j >= 0 && j < Tx ? j : undefined;
  };
  const anyForced = Object.keys(options.forced ?? {}).some((i) => forcedAt(Number(i)) !== undefined);
  const asked = options.path ?? defaultPath();
  const path = asked === 'device' && anyForced ? 'packed' : asked;
  let h: number[][];
  if (path === 'device') {
    if (Tx === 0) throw new Error('Nothing to translate: the sentence is empty.');
    h = await decodeOnDevice(model, ids, maxSteps, options.rule ?? LEARNED, (v, id) => addStep(v, id));
  } else {
    const decoding = await startDecoding(model, ids, path);
    let y = START;
    try {
      h = (await decoding.h.array()) as number[][];
      while (steps.length < maxSteps && y !== END) {
        const j = forcedAt(steps.length);
        const readout = decoding.step(y, j === undefined ? options.rule : { rule: 'forced', j });
        const v = (await readout.data()) as Float32Array; // the one read-back of this step
        readout.dispose();
        y = addStep(v);
      }
    } finally {
      decoding.dispose();
    }
  }
  const tokens = steps.map((st) => st.token).filter((t, i, all) => !(i === all.length - 1 && t === vocab.target[END]));
  return {
    source: [...source],
    unknown: source.filter((t) => id(t) === SOURCE_UNK),
    h,
    tokens,
    alpha: config.variant === 'attention' ? steps.slice(0, tokens.length).map((st) => st.alpha!) : null,
    labels: { source: source.map(tokenLabel), target: tokens.map(tokenLabel) },
    steps,
  };
}
