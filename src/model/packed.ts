/**
 * The same model, its weights packed for decoding one sentence: fewer, larger kernels.
 *
 * At batch 1 a translation's arithmetic is tiny (~9 MFLOP for 10 tokens); the time goes to launching
 * kernels. This file computes exactly what `encoder.ts`, `attention.ts` and `decoder.ts` compute (a
 * unit test holds the two paths together), with the weights rearranged once per model:
 *
 *   - a GRU's ten element-wise gate ops are one kernel (`gruCell.ts`) on wasm and cpu;
 *   - C_i goes through one matMul for the decoder's GRU and output layer, [2H, 4H + V];
 *   - additive attention uses tanh(x) = 2σ(2x) − 1 (σ is ~4× faster than tanh on wasm): with the 2s
 *     folded into W, U and v, e_ij only moves by the constant Σv, which the softmax ignores; the dot
 *     scores (general, scaled-dot) keep their keys transposed and already divided by √d, so e_i is one
 *     matMul;
 *   - a word's share of its layer (embedding · W + b) is a row of a table, computed in JavaScript the
 *     first time the word is met (a few µs; the whole tables would cost a cold start ~0.2 s per model)
 *     and sent in as a small tensor (on wasm, slicing a big tensor copies all of it);
 *   - a bias that changes per call never goes into a fused matMul (wasm would repack the weights).
 *
 * Each step reads back [α_i ‖ C_i ‖ s_i ‖ scores], and the caller picks the top k in JavaScript; on
 * WebGL `decodeChunk` runs many steps on the device and they are read back at once.
 *
 * Shapes: Tx source words, E embedding, H decoder units, 2H encoder units, A attention units, V target words.
 */
import * as tf from '@tensorflow/tfjs-core';
import { alphaFrom, LEARNED, type AttentionRule } from './attention';
import { scoreOf } from './config';
import type { Model } from './model';
import { gruCell } from './gruCell';
import { tidy } from './ops';
import type { Params } from './params';

export interface Packed {
  /**
   * Each encoder direction: U [H, 3H] (the parameter itself), and per source word gruCell's addend
   * [x W_z + b_z + c_z | x W_r + b_r + c_r | c_n | x W_n + b_n]: [Vs][4H], in JavaScript.
   */
  encoder: { U: tf.Tensor2D; words: Table }[];
  /**
   * Attention only: the query's weight W [H, K] and the keys' U [2H, K] (null: the keys are h_j), and
   * additive's v [A, 1] (null for the dot scores). Additive: 2W, 2U, 2v; general: W, null, null;
   * scaled-dot: W_q, W_k, null.
   */
  attention: { W: tf.Tensor2D; U: tf.Tensor2D | null; v: tf.Tensor2D | null } | null;
  /** C_i → [z | r | 0 | n's input part | the output scores' C part]: [2H, 4H + V] (gruCell.ts's layout). */
  context: tf.Tensor2D;
  /** s_{i-1} → [z | r | n's state part]: decoder.U itself, [H, 3H]. */
  state: tf.Tensor2D;
  /** y_{i-1} → the same five parts' share of e_{i-1} W and all biases: [V][4H + V], in JavaScript. */
  target: Table;
  /** s_i → its share of the output scores: [H, V]. */
  output: tf.Tensor2D;
}

const cache = new WeakMap<Params, Promise<Packed>>();

/** Rows or columns [from, to) of a 2-D weight. */
const rows = (w: tf.Tensor, from: number, to: number) => tf.slice(w, [from, 0], [to - from, -1]) as tf.Tensor2D;
const cols = (w: tf.Tensor, from: number, to: number) => tf.slice(w, [0, from], [-1, to - from]) as tf.Tensor2D;

/** Rows `embedding[id] · M + bias`, each computed (in float64, stored as float32) the first time it is asked for. */
export class Table {
  readonly width: number;
  private readonly rows: Float32Array;
  private readonly made: Uint8Array;
  constructor(
    private readonly embedding: Float32Array, // [count, E]
    private readonly M: Float32Array, // [E, width]
    private readonly bias: Float32Array, // [width]
  ) {
    this.width = bias.length;
    const count = embedding.length / (M.length / this.width);
    this.rows = new Float32Array(count * this.width);
    this.made = new Uint8Array(count);
  }

  get count() {
    return this.made.length;
  }

  row(id: number): Float32Array {
    const { width, M } = this;
    const out = this.rows.subarray(id * width, (id + 1) * width);
    if (this.made[id]) return out;
    const E = M.length / width;
    const sum = Float64Array.from(this.bias);
    for (let k = 0; k < E; k++) {
      const x = this.embedding[id * E + k]!;
      for (let j = 0, m = k * width; j < width; j++) sum[j]! += x * M[m + j]!;
    }
    out.set(sum);
    this.made[id] = 1;
    return out;
  }

  /** Every row, [count, width]. */
  all(): Float32Array {
    for (let id = 0; id < this.count; id++) this.row(id);
    return this.rows;
  }
}

async function pack({ config, params: p }: Model): Promise<Packed> {
  const { embedding: E, hidden: H } = config;
  // The decoder GRU's gates z, r, n: columns of W (rows [e (E) ‖ C (2H)]), U (rows s), b, c.
  const gate = (w: tf.Tensor, g: number) => (w.rank === 1 ? tf.slice(w, g * H, H) : cols(w, g * H, (g + 1) * H));
  const W = p['decoder.W']!;
  const Wout = p['output.W']!; // rows: [s (H) ‖ C (2H) ‖ e (E)]
  // Each table as [embedding, M, bias]: a row is embedding[id] · M + bias.
  const parts = tidy(() => {
    const input = (d: string) => {
      const [Wd, b, c] = [p[`encoder.${d}.W`]!, p[`encoder.${d}.b`]!, p[`encoder.${d}.c`]!];
      const M = tf.concat([gate(Wd, 0), gate(Wd, 1), tf.zeros([E, H]), gate(Wd, 2)], 1); // [E, 4H]
      const bias = tf.concat([tf.add(gate(b, 0), gate(c, 0)), tf.add(gate(b, 1), gate(c, 1)), gate(c, 2), gate(b, 2)]); // [4H]
      return [p['source.embedding']!, M, bias];
    };
    const [b, c] = [p['decoder.b']!, p['decoder.c']!];
    const We = rows(W, 0, E);
    const eW = tf.concat([gate(We, 0), gate(We, 1), tf.zeros([E, H]), gate(We, 2), rows(Wout, 3 * H, 3 * H + E)], 1); // [E, 4H + V]
    const bias = tf.concat([tf.add(gate(b, 0), gate(c, 0)), tf.add(gate(b, 1), gate(c, 1)), gate(c, 2), gate(b, 2), p['output.b']!]);
    return [...input('forward'), ...input('backward'), p['target.embedding']!, eW, bias];
  });
  const a = (await Promise.all(parts.map((t) => t.data()))) as Float32Array[];
  tf.dispose(parts.filter((t) => !Object.values(p).includes(t))); // the embeddings are the parameters themselves
  const table = (i: number) => new Table(a[i]!, a[i + 1]!, a[i + 2]!);
  // The tables stay out of the tidy: it would walk a returned Float32Array element by element looking
  // for tensors (seconds for en-zh's ~800 000-entry target table).
  const tensors = tidy(() => {
    const fromC = rows(W, E, E + 2 * H);
    const twice = (name: string) => tf.mul(p[name]!, 2) as tf.Tensor2D;
    const attention = {
      additive: () => ({ W: twice('attention.W'), U: twice('attention.U'), v: twice('attention.v') }),
      general: () => ({ W: tf.clone(p['attention.W']!) as tf.Tensor2D, U: null, v: null }),
      'scaled-dot': () => ({ W: tf.clone(p['attention.Wq']!) as tf.Tensor2D, U: tf.clone(p['attention.Wk']!) as tf.Tensor2D, v: null }),
    }[scoreOf(config)];
    return {
      attention: config.variant === 'attention' ? attention() : null,
      context: tf.concat([gate(fromC, 0), gate(fromC, 1), tf.zeros([2 * H, H]), gate(fromC, 2), rows(Wout, H, 3 * H)], 1) as tf.Tensor2D,
      output: rows(Wout, 0, H),
    };
  });
  return {
    ...tensors,
    encoder: [
      { U: p['encoder.forward.U'] as tf.Tensor2D, words: table(0) },
      { U: p['encoder.backward.U'] as tf.Tensor2D, words: table(3) },
    ],
    state: p['decoder.U'] as tf.Tensor2D,
    target: table(6),
  };
}

/** The packed weights of a model, built on first use and kept while its parameters live. */
export function packedWeights(model: Model): Promise<Packed> {
  let w = cache.get(model.params);
  if (!w) {
    cache.set(model.params, (w = pack(model)));
    w.catch(() => cache.delete(model.params)); // a failed packing may be retried
  }
  return w;
}

export interface PackedEncoding {
  /** h_j [Tx, 2H]. */
  h: tf.Tensor2D;
  /** Attention only: additive's 2 U h_j [Tx, A]; the dot scores' k_jᵀ / √d [K, Tx] (general: k_j = h_j, d = 1). */
  keys: tf.Tensor2D | null;
  /** The decoder's first state s_0 [1, H]. */
  s0: tf.Tensor2D;
  /** C: the encoder's final states [forward at the last word ‖ backward at the first]: [1, 2H]. */
  final: tf.Tensor2D;
}

/** The bidirectional encoder over one sentence of source ids. */
export function encodeOne(model: Model, w: Packed, ids: readonly number[]): PackedEncoding {
  const { config, params: p } = model;
  const H = config.hidden;
  const Tx = ids.length;
  if (Tx === 0) throw new Error('Nothing to translate: the sentence is empty.');
  return tidy(() => {
    // Each direction: h U [1, 3H] = [z | r | n_h], plus the word's row of the table, through gruCell.
    const run = ({ U, words }: Packed['encoder'][number], order: number[]) => {
      let h = tf.zeros([1, H]) as tf.Tensor2D;
      const states = new Array<tf.Tensor2D>(Tx);
      for (const t of order) {
        [h] = gruCell([tf.matMul(h, U)], tf.tensor2d(words.row(ids[t]!), [1, 4 * H]), h);
        states[t] = h;
      }
      return { states, last: h };
    };
    const positions = ids.map((_, t) => t);
    const [fwd, bwd] = [run(w.encoder[0]!, positions), run(w.encoder[1]!, [...positions].reverse())];
    const hj = tf.concat([tf.concat(fwd.states), tf.concat(bwd.states)], 1) as tf.Tensor2D; // [Tx, 2H]
    const final = tf.concat([fwd.last, bwd.last], 1) as tf.Tensor2D; // [forward at word Tx−1 ‖ backward at word 0]
    return {
      h: hj,
      keys: w.attention ? packedKeys(w.attention, hj, config.attention, scoreOf(config) === 'scaled-dot') : null, // once per sentence
      s0: tf.tanh(tf.fused.matMul({ a: final, b: p['decoder.init.W'] as tf.Tensor2D, bias: p['decoder.init.b'] })) as tf.Tensor2D,
      final,
    };
  });
}

/** The keys as stepOne reads them, from h_j [Tx, 2H]: 2 U h_j [Tx, A], or k_jᵀ / √d [K, Tx]. */
function packedKeys(a: NonNullable<Packed['attention']>, hj: tf.Tensor2D, A: number, scaled: boolean): tf.Tensor2D {
  if (a.v) return tf.matMul(hj, a.U!); // [Tx, A]   2 U h_j
  const k: tf.Tensor2D = a.U ? tf.matMul(hj, a.U) : hj; // [Tx, K]   k_j
  return tf.transpose<tf.Tensor2D>(scaled ? (tf.div(k, Math.sqrt(A)) as tf.Tensor2D) : k); // [K, Tx]   k_jᵀ / √d
}

export interface PackedStep {
  /** [α_i (Tx, attention only) ‖ C_i (2H) ‖ s_i (H) ‖ scores for y_i (V)]: one read-back. */
  readout: tf.Tensor2D;
  /** s_i [1, H], kept for the next step. */
  s: tf.Tensor2D;
  /** The scores alone [1, V] (the end of `readout`). */
  scores: tf.Tensor2D;
}

/** y's row of `w.target` (e_y W + biases) as a [1, 4H + V] tensor, looked up in JavaScript. */
export function targetRow(w: Packed, y: number): tf.Tensor2D {
  return tf.tensor2d(w.target.row(y), [1, w.target.width]);
}

/** One decoder step from y_{i-1}'s row of the target table and s_{i-1}, α_i made by `rule`; the caller disposes what it returns. */
export function stepOne(w: Packed, enc: PackedEncoding, yRow: tf.Tensor2D, s: tf.Tensor2D, rule: AttentionRule = LEARNED): PackedStep {
  return tidy(() => {
    let alpha: tf.Tensor2D | null = null;
    let context = enc.final; // the distracted model's one C
    if (w.attention) {
      const query = tf.matMul(s, w.attention.W); // [1, K]
      const e = w.attention.v
        ? (tf.reshape(tf.matMul(tf.sigmoid(tf.add(enc.keys!, query)), w.attention.v), [1, -1]) as tf.Tensor2D) // [1, Tx]   e_ij + Σv, from (tanh(W s_{i-1} + U h_j) + 1) / 2
        : tf.matMul<tf.Tensor2D>(query, enc.keys!); // [1, Tx]   e_ij = q_i · k_j / √d
      alpha = alphaFrom(e, null, rule); // [1, Tx]   α_ij (the shift Σv changes no rule's α)
      context = tf.matMul(alpha, enc.h); // [1, 2H]   C_i = Σ_j α_ij h_j
    }
    const fromC = tf.matMul<tf.Tensor2D>(context, w.context); // [1, 4H + V]
    const fromS = tf.matMul<tf.Tensor2D>(s, w.state); // [1, 3H]
    const [sNext, out] = gruCell([fromC, fromS], yRow, s); // s_i [1, H]; the output layer's C and e share [1, V]
    const scores = tf.add(tf.matMul(sNext, w.output), out!) as tf.Tensor2D; // [1, V]
    const readout = tf.concat([...(alpha ? [alpha] : []), context, sNext, scores], 1) as tf.Tensor2D;
    return { readout, s: sNext, scores };
  });
}

const deviceTables = new WeakMap<Packed, tf.Tensor2D>();
/** The target table as a tensor [V, 4H + V], for looking rows up on the device; kept with the packed weights. */
function deviceTable(w: Packed): tf.Tensor2D {
  let t = deviceTables.get(w);
  if (!t || t.isDisposed) deviceTables.set(w, (t = tf.tensor2d(w.target.all(), [w.target.count, w.target.width])));
  return t;
}

export interface DeviceChunk {
  /** One row per step: [readout ‖ the chosen id y_i], [steps, width + 1]. */
  rows: tf.Tensor2D;
  /** y of the last step [1] (int32) and s_i [1, H], to go on from. */
  y: tf.Tensor1D;
  s: tf.Tensor2D;
}

/**
 * `steps` greedy steps without reading anything back: the argmax and the next word's row of the table
 * are tensor ops, so on WebGL the GPU queue never drains between steps. The caller reads `rows` once.
 */
export function decodeChunk(
  w: Packed,
  enc: PackedEncoding,
  y: tf.Tensor1D,
  s: tf.Tensor2D,
  steps: number,
  rule: AttentionRule = LEARNED,
): DeviceChunk {
  const table = deviceTable(w);
  return tidy(() => {
    const rows: tf.Tensor2D[] = [];
    for (let i = 0; i < steps; i++) {
      const step = stepOne(w, enc, tf.gather(table, y), s, rule);
      y = tf.argMax(step.scores, 1) as tf.Tensor1D; // [1] int32: the same first-maximum rule as translate's top-k
      s = step.s;
      rows.push(tf.concat([step.readout, tf.reshape(tf.cast(y, 'float32'), [1, 1])], 1) as tf.Tensor2D);
    }
    return { rows: tf.concat(rows, 0) as tf.Tensor2D, y, s };
  });
}
