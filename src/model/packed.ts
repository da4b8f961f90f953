/**
 * The same model, its weights packed for decoding one sentence: fewer, larger kernels.
 *
 * At batch 1 a translation's arithmetic is tiny (~9 MFLOP for 10 tokens); the time goes to launching
 * kernels. This file computes exactly what `encoder.ts`, `attention.ts` and `decoder.ts` compute (a
 * unit test holds the two paths together), with the weights rearranged once per model:
 *
 *   - the forward and backward encoder GRUs step together: state [h_fwd ‖ h_bwd] [1, 2H] times a
 *     block-diagonal U [2H, 6H], with the gates laid out [z_f z_b | r_f r_b | n_f n_b];
 *   - the decoder's GRU and output layer take [C_i ‖ s_{i-1}] through one matMul, [3H, 4H + V];
 *   - attention uses tanh(x) = 2σ(2x) − 1 (σ is ~4× faster than tanh on wasm): with the 2s folded into
 *     W, U and v, e_ij only moves by the constant Σv, which the softmax ignores;
 *   - a word's share of its layer (embedding · W + b) is a row of a table computed once: looked up in
 *     JavaScript and sent in as a small tensor (on wasm, slicing a big tensor copies all of it);
 *   - constant biases ride inside fused matMuls (a per-call bias would make wasm repack the weights).
 *
 * Each step reads back [α_i ‖ C_i ‖ s_i ‖ scores], and the caller picks the top k in JavaScript.
 *
 * Shapes: Tx source words, E embedding, H decoder units, 2H encoder units, A attention units, V target words.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Model } from './model';
import { tidy } from './ops';
import type { Params } from './params';

interface Packed {
  /** Source word → x W + b of the forward and backward encoder GRUs: [Vs][3H] each, in JavaScript. */
  source: { fwd: Float32Array; bwd: Float32Array };
  /** Block-diagonal encoder recurrence: [h_f ‖ h_b] → [z_f z_b r_f r_b n_f n_b]: U [2H, 6H], c [6H]. */
  encoder: { U: tf.Tensor2D; c: tf.Tensor1D };
  /** 2W [H, A], 2U [2H, A], 2v [A, 1] (attention only). */
  attention: { W: tf.Tensor2D; U: tf.Tensor2D; v: tf.Tensor2D } | null;
  /** [C_i ‖ s_{i-1}] → [z | r | n's input part | n's state part | output scores' C part]: [3H, 4H + V]. */
  step: tf.Tensor2D;
  /** y_{i-1} → the same five parts' share of e_{i-1} W and all biases: [V][4H + V], in JavaScript. */
  target: Float32Array;
  /** s_i → its share of the output scores: [H, V]. */
  output: tf.Tensor2D;
}

const cache = new WeakMap<Params, Packed>();

/** Rows or columns [from, to) of a 2-D weight. */
const rows = (w: tf.Tensor, from: number, to: number) => tf.slice(w, [from, 0], [to - from, -1]) as tf.Tensor2D;
const cols = (w: tf.Tensor, from: number, to: number) => tf.slice(w, [0, from], [-1, to - from]) as tf.Tensor2D;

function pack({ config, params: p }: Model): Packed {
  const { embedding: E, hidden: H } = config;
  // The decoder GRU's gates z, r, n: columns of W (rows [e (E) ‖ C (2H)]), U (rows s), b, c.
  const gate = (w: tf.Tensor, g: number) => (w.rank === 1 ? tf.slice(w, g * H, H) : cols(w, g * H, (g + 1) * H));
  const W = p['decoder.W']!;
  const Wout = p['output.W']!; // rows: [s (H) ‖ C (2H) ‖ e (E)]
  const tables = tidy(() => {
    const input = (d: string) => tf.add(tf.matMul(p['source.embedding']!, p[`encoder.${d}.W`]!), p[`encoder.${d}.b`]!); // [Vs, 3H]
    const [b, c] = [p['decoder.b']!, p['decoder.c']!];
    const We = rows(W, 0, E);
    const eW = tf.concat([gate(We, 0), gate(We, 1), gate(We, 2), tf.zeros([E, H]), rows(Wout, 3 * H, 3 * H + E)], 1); // [E, 4H + V]
    const bias = tf.concat([tf.add(gate(b, 0), gate(c, 0)), tf.add(gate(b, 1), gate(c, 1)), gate(b, 2), gate(c, 2), p['output.b']!]);
    const target = tf.add(tf.matMul(p['target.embedding']!, eW), bias); // [V, 4H + V]
    return [input('forward'), input('backward'), target];
  });
  const [fwd, bwd, target] = tables.map((t) => t.dataSync() as Float32Array);
  tf.dispose(tables);
  return tidy(() => {
    const Z = tf.zeros([H, H]);
    // [h_f ‖ h_b] → gates g of both directions: rows of h_f feed the f columns, rows of h_b the b columns.
    const U = (d: string, g: number) => tf.slice(p[`encoder.${d}.U`]!, [0, g * H], [H, H]);
    const c = (d: string, g: number) => tf.slice(p[`encoder.${d}.c`]!, g * H, H);
    const gates = [0, 1, 2];
    const fromC = rows(W, E, E + 2 * H);
    const Ud = p['decoder.U']!;
    const step = tf.concat([
      tf.concat([gate(fromC, 0), gate(fromC, 1), gate(fromC, 2), tf.zeros([2 * H, H]), rows(Wout, H, 3 * H)], 1), // C_i
      tf.concat([gate(Ud, 0), gate(Ud, 1), tf.zeros([H, H]), gate(Ud, 2), tf.zeros([H, config.targetVocab])], 1), // s_{i-1}
    ]) as tf.Tensor2D;
    const twice = (name: string) => tf.mul(p[name]!, 2) as tf.Tensor2D;
    return {
      source: { fwd: fwd!, bwd: bwd! },
      encoder: {
        U: tf.concat([
          tf.concat(
            gates.flatMap((g) => [U('forward', g), Z]),
            1,
          ),
          tf.concat(
            gates.flatMap((g) => [Z, U('backward', g)]),
            1,
          ),
        ]) as tf.Tensor2D,
        c: tf.concat(gates.flatMap((g) => [c('forward', g), c('backward', g)])) as tf.Tensor1D,
      },
      attention: config.variant === 'attention' ? { W: twice('attention.W'), U: twice('attention.U'), v: twice('attention.v') } : null,
      step,
      target: target!,
      output: rows(Wout, 0, H),
    };
  });
}

/** The packed weights of a model, built on first use and kept while its parameters live. */
export function packed(model: Model): Packed {
  let w = cache.get(model.params);
  if (!w) cache.set(model.params, (w = pack(model)));
  return w;
}

export interface PackedEncoding {
  /** h_j [Tx, 2H]. */
  h: tf.Tensor2D;
  /** 2 U h_j [Tx, A] (attention only). */
  keys: tf.Tensor2D | null;
  /** The decoder's first state s_0 [1, H]. */
  s0: tf.Tensor2D;
  /** C: the encoder's final states [forward at the last word ‖ backward at the first]: [1, 2H]. */
  final: tf.Tensor2D;
}

/** The bidirectional encoder over one sentence of source ids (both directions in one GRU of 2H units). */
export function encodeOne(model: Model, ids: readonly number[]): PackedEncoding {
  const { config, params: p } = model;
  const w = packed(model);
  const H = config.hidden;
  const Tx = ids.length;
  if (Tx === 0) throw new Error('Nothing to translate: the sentence is empty.');
  // Step t reads word t forward and word Tx−1−t backward; x W + b laid out [z_f z_b r_f r_b | n_f n_b].
  const inputs = (t: number) => {
    const zr = new Float32Array(4 * H);
    const n = new Float32Array(2 * H);
    [w.source.fwd.subarray(ids[t]! * 3 * H), w.source.bwd.subarray(ids[Tx - 1 - t]! * 3 * H)].forEach((x, d) => {
      zr.set(x.subarray(0, H), d * H); // z
      zr.set(x.subarray(H, 2 * H), (2 + d) * H); // r
      n.set(x.subarray(2 * H, 3 * H), d * H); // n
    });
    return [tf.tensor2d(zr, [1, 4 * H]), tf.tensor2d(n, [1, 2 * H])];
  };
  return tidy(() => {
    let h = tf.zeros([1, 2 * H]) as tf.Tensor2D; // [h_f ‖ h_b]
    const states: tf.Tensor2D[] = [];
    for (let t = 0; t < Tx; t++) {
      const [xzr, xn] = inputs(t);
      const [hzr, hn] = tf.split(tf.fused.matMul({ a: h, b: w.encoder.U, bias: w.encoder.c }), [4 * H, 2 * H], 1); // h U + c
      const [z, r] = tf.split(tf.sigmoid(tf.add(xzr!, hzr!)), 2, 1); // [1, 2H] each
      const n = tf.tanh(tf.add(xn!, tf.mul(r!, hn!))); // [1, 2H]
      h = tf.add(n, tf.mul(z!, tf.sub(h, n))); // (1 − z) n + z h
      states.push(h);
    }
    // Row j: the forward state of step j and the backward state of step Tx−1−j.
    const forward = tf.slice(tf.concat(states), [0, 0], [Tx, H]);
    const backward = tf.slice(tf.concat(states.reverse()), [0, H], [Tx, H]);
    const hj = tf.concat([forward, backward], 1) as tf.Tensor2D; // [Tx, 2H]
    const final = h; // [forward at word Tx−1 ‖ backward at word 0]
    return {
      h: hj,
      keys: w.attention ? tf.matMul<tf.Tensor2D>(hj, w.attention.U) : null, // 2 U h_j, once per sentence
      s0: tf.tanh(tf.fused.matMul({ a: final, b: p['decoder.init.W'] as tf.Tensor2D, bias: p['decoder.init.b'] })) as tf.Tensor2D,
      final,
    };
  });
}

export interface PackedStep {
  /** [α_i (Tx, attention only) ‖ C_i (2H) ‖ s_i (H) ‖ scores for y_i (V)]: one read-back. */
  readout: tf.Tensor2D;
  /** s_i [1, H], kept for the next step. */
  s: tf.Tensor2D;
}

/** One decoder step from y_{i-1} and s_{i-1}; the caller disposes `readout` and, later, `s`. */
export function stepOne(model: Model, enc: PackedEncoding, y: number, s: tf.Tensor2D): PackedStep {
  const { config } = model;
  const w = packed(model);
  const [H, V] = [config.hidden, config.targetVocab];
  return tidy(() => {
    let alpha: tf.Tensor2D | null = null;
    let context = enc.final; // the distracted model's one C
    if (w.attention) {
      const hidden = tf.sigmoid(tf.add(enc.keys!, tf.matMul(s, w.attention.W))); // [Tx, A]   (tanh(W s_{i-1} + U h_j) + 1) / 2
      const e = tf.reshape(tf.matMul(hidden, w.attention.v), [1, -1]); // [1, Tx]   e_ij + Σv
      alpha = tf.softmax(e) as tf.Tensor2D; // [1, Tx]   α_ij
      context = tf.matMul(alpha, enc.h); // [1, 2H]   C_i = Σ_j α_ij h_j
    }
    const yRow = tf.tensor2d(w.target.subarray(y * (4 * H + V), (y + 1) * (4 * H + V)), [1, 4 * H + V]); // e_{i-1} W + biases
    const parts = tf.add(tf.matMul(tf.concat([context, s], 1), w.step), yRow); // [1, 4H + V]
    const [zIn, rIn, xn, hn, out] = tf.split(parts, [H, H, H, H, V], 1);
    const [z, r] = [tf.sigmoid(zIn!), tf.sigmoid(rIn!)]; // [1, H] each
    const n = tf.tanh(tf.add(xn!, tf.mul(r, hn!))); // [1, H]
    const sNext = tf.add(n, tf.mul(z, tf.sub(s, n))) as tf.Tensor2D; // s_i = (1 − z) n + z s_{i-1}
    const scores = tf.add(tf.matMul(sNext, w.output), out!); // [1, V]
    const readout = tf.concat([...(alpha ? [alpha] : []), context, sNext, scores], 1) as tf.Tensor2D;
    return { readout, s: sNext };
  });
}
