/**
 * The training loss and its gradients with backpropagation through time written out by hand: the same
 * function as loss.ts's `teacherForcedLoss` under `tf.variableGrads` (the readable path, which the tests
 * hold this to), about 2.4× as fast on wasm. What the tape can't do and this does:
 *
 * - weight gradients summed over all time steps as one product each (Σ_t x_tᵀ dy_t = Xᵀ DY), not one
 *   small matMul and transpose per step;
 * - every transposed weight made once per batch (wasm's matMul caches a packed right-hand side by tensor,
 *   so a fresh `transpose(U)` at every step costs twice the product);
 * - the attention sum's gradient as element-wise products (tfjs's BatchMatMul gradient on [B, 1, Tx]
 *   takes the slow transposed path);
 * - on wasm, a GRU step, attention's step, Xᵀ DY and column sums as single SIMD kernels (gruStep.ts,
 *   attentionStep.ts, simd/) that give the tf ops' results bit for bit.
 *
 * Shapes: B sentences, Tx source and Ty target positions, E embedding, H hidden, A attention, V target
 * words. Time-major like the batch ([T, B, ·]); attention batch-major like attention.ts ([B, Tx, ·]).
 */
import * as tf from '@tensorflow/tfjs-core';
import { scoreOf, type ModelConfig } from '../model/config';
import type { Batch } from '../model/loss';
import { tanh } from '../model/ops'; // 2σ(2x) − 1: σ runs in XNNPACK, tanh doesn't
import type { Params } from '../model/params';
import {
  attentionBackward,
  attentionContext,
  attentionHidden,
  dotAttention,
  dotAttentionBackward,
  memoryGradient,
  type AttentionGrads,
  type DotMemory,
  type Memory,
} from './attentionStep';
import { gruBackward, gruForward, gruStep, gruStepBackward, type GruSaved } from './gruStep';
import { fastKernels, runKernel } from './simd/kernels';

type T2 = tf.Tensor2D;
type T3 = tf.Tensor3D;

const mm = (a: T2, b: T2): T2 => tf.matMul(a, b);
const T = (a: T2): T2 => tf.transpose(a);
/**
 * A weight's gradient Xᵀ Y [K, N], summed over the rows (steps × sentences) of X [M, K] and Y [M, N]; and
 * a bias's, Σ over rows. On wasm one SIMD kernel each (the same sums in the same order); the tf ops
 * transpose X, and the column sum is 1ᵀ Y, a matMul that reuses Y's packing as the right-hand side of Xᵀ Y
 * (a column sum on wasm transposes first: 2 ms for [1408, 384]).
 */
const xTy = (x: T2, y: T2): T2 => (fastKernels(x.shape[1], y.shape[1]) ? (runKernel('MatTN', { x, y })[0] as T2) : mm(T(x), y));
const colSum = (y: T2): tf.Tensor1D =>
  fastKernels(y.shape[1]) ? (runKernel('ColSum', { y })[0] as tf.Tensor1D) : tf.reshape(mm(tf.ones([1, y.shape[0]]), y), [-1]);
/** The GRU step: one wasm SIMD kernel each way where it can run, else the tf ops it replaces (the same results). */
const gruFor = (H: number) =>
  fastKernels(H) ? { forward: gruStep, backward: gruStepBackward } : { forward: gruForward, backward: gruBackward };

/** One direction of the encoder over `order`, keeping each step for the backward pass. */
function encodeDirection(p: Params, prefix: string, emb: T2, mask: T3, order: number[], Tx: number, B: number, H: number) {
  const xw = tf.unstack(tf.reshape(tf.add(mm(emb, p[`${prefix}.W`] as T2), p[`${prefix}.b`]!), [Tx, B, 3 * H])) as T2[];
  const m = tf.unstack(mask) as T2[]; // Tx × [B, 1]
  const states: T2[] = new Array<T2>(Tx);
  const saved: GruSaved[] = new Array<GruSaved>(Tx);
  const gru = gruFor(H);
  let h = tf.zeros([B, H]) as T2;
  for (const t of order) {
    const step = gru.forward(xw[t]!, mm(h, p[`${prefix}.U`] as T2), p[`${prefix}.c`] as tf.Tensor1D, h, m[t]); // padding keeps the previous state
    saved[t] = step.saved;
    h = states[t] = step.next;
  }
  return { states, last: h, saved, m };
}

/** The backward pass of `encodeDirection`: dL/d(its inputs) from dL/d(states) and dL/d(last). */
function encodeDirectionBackward(
  p: Params,
  prefix: string,
  emb: T2,
  run: ReturnType<typeof encodeDirection>,
  dStates: T2[],
  dLast: T2,
  order: number[],
  grads: Params,
) {
  const UT = T(p[`${prefix}.U`] as T2);
  const gru = gruFor(dLast.shape[1]);
  const dxw: T2[] = new Array<T2>(order.length);
  const dhu: T2[] = [];
  const hPrev: T2[] = [];
  let carry = dLast; // dL/d(the state after the step being undone), beyond its own output
  for (const t of [...order].reverse()) {
    const back = gru.backward(dStates[t]!, carry, run.saved[t]!, run.m[t]);
    dxw[t] = back.dxw;
    dhu.push(back.dhu);
    hPrev.push(run.saved[t]!.hPrev);
    carry = tf.add(back.dh, mm(back.dhu, UT));
  }
  const DXW = tf.concat(dxw, 0); // [Tx·B, 3H], rows in emb's order
  grads[`${prefix}.W`] = xTy(emb, DXW);
  grads[`${prefix}.b`] = colSum(DXW);
  const DHU = tf.concat(dhu, 0);
  grads[`${prefix}.U`] = xTy(tf.concat(hPrev, 0), DHU);
  grads[`${prefix}.c`] = colSum(DHU);
  return mm(DXW, T(p[`${prefix}.W`] as T2)); // dL/d emb [Tx·B, E]
}

export interface LossAndGrads {
  loss: tf.Scalar;
  /** The share of real target tokens whose highest score is the gold token. */
  accuracy: tf.Scalar;
  /** dL/d(parameter), keyed like the parameters. */
  grads: Params;
}

/** `teacherForcedLoss(p, config, batch, guidedAlignment)` and its gradient with respect to every parameter. */
export function lossAndGrads(p: Params, config: ModelConfig, batch: Batch, guidedAlignment = 0): LossAndGrads {
  return tf.tidy(() => {
    const attention = config.variant === 'attention';
    const score = scoreOf(config);
    // The score's weights (attention.ts): the query's (W, or W_q) and the keys' (U, or W_k; general has none).
    const queryName = score === 'scaled-dot' ? 'attention.Wq' : 'attention.W';
    const keyName = { additive: 'attention.U', general: null, 'scaled-dot': 'attention.Wk' }[score];
    const { hidden: H, embedding: E } = config;
    const [Tx, B] = batch.x.shape;
    const Ty = batch.yIn.shape[0];
    const grads: Params = {};

    // ---- forward: the encoder ----
    const srcIds = tf.reshape(batch.x, [-1]) as tf.Tensor1D;
    const embX = tf.gather(p['source.embedding']!, srcIds) as T2; // [Tx·B, E]
    const encMask = tf.expandDims(batch.xMask, 2) as T3; // [Tx, B, 1]
    const positions = Array.from({ length: Tx }, (_, t) => t);
    const backwardOrder = [...positions].reverse();
    const fwd = encodeDirection(p, 'encoder.forward', embX, encMask, positions, Tx, B, H);
    const bwd = encodeDirection(p, 'encoder.backward', embX, encMask, backwardOrder, Tx, B, H);
    const final = tf.concat([fwd.last, bwd.last], 1); // [B, 2H]

    // ---- forward: attention's memory and s_0 ----
    // `mem` for the additive score, `dot` for general and scaled-dot: h [B, Tx, 2H] and its keys [B, Tx, K].
    let mem: Memory | null = null;
    let dot: DotMemory | null = null;
    if (attention) {
      const hB = tf.transpose(tf.concat([tf.stack(fwd.states), tf.stack(bwd.states)], 2), [1, 0, 2]) as T3; // [B, Tx, 2H]
      const keys = keyName ? (tf.reshape(mm(tf.reshape(hB, [B * Tx, 2 * H]), p[keyName] as T2), [B, Tx, -1]) as T3) : hB; // [B, Tx, K]
      const maskAdd = tf.mul(tf.sub(1, tf.transpose(batch.xMask)), -1e4) as T2; // [B, Tx]: 0 for words, −1e4 for padding
      if (score === 'additive') mem = { h: hB, keys, maskAdd, v: p['attention.v'] as T2, fast: fastKernels(H, config.attention) };
      else dot = { h: hB, keys, maskAdd, scale: score === 'scaled-dot' ? 1 / Math.sqrt(config.attention) : 1 };
    }
    const s0 = tanh(tf.add(mm(final, p['decoder.init.W'] as T2), p['decoder.init.b']!)) as T2; // [B, H]

    // ---- forward: the decoder under teacher forcing ----
    const tgtIds = tf.reshape(batch.yIn, [-1]) as tf.Tensor1D;
    const embY = tf.gather(p['target.embedding']!, tgtIds) as T2; // [Ty·B, E]
    const Wd = p['decoder.W'] as T2; // [E + 2H, 3H]
    const [WdE, WdC] = tf.split(Wd, [E, 2 * H], 0) as T2[];
    const xwE = tf.unstack(tf.reshape(tf.add(mm(embY, WdE!), p['decoder.b']!), [Ty, B, 3 * H])) as T2[]; // the y_{i-1} share, all steps at once
    const gru = gruFor(H);
    const steps: { saved: GruSaved; context: T2; alpha?: T2; hidden?: T3; query?: T2 }[] = [];
    let s = s0;
    for (let i = 0; i < Ty; i++) {
      let context = final; // the distracted model's one C
      let alpha: T2 | undefined;
      let hidden: T3 | undefined;
      let query: T2 | undefined;
      if (mem) {
        hidden = attentionHidden(mem, mm(s, p['attention.W'] as T2)); // [B, Tx, A]   tanh(W s_{i-1} + U h_j)
        ({ alpha, context } = attentionContext(mem, hidden)); // α_i [B, Tx], C_i [B, 2H]
      } else if (dot) {
        query = mm(s, p[queryName] as T2); // [B, K]   s_{i-1}ᵀ W, or q_i = W_q s_{i-1}
        ({ alpha, context } = dotAttention(dot, query)); // α_i [B, Tx], C_i [B, 2H]
      }
      const step = gru.forward(tf.add(xwE[i]!, mm(context, WdC!)), mm(s, p['decoder.U'] as T2), p['decoder.c'] as tf.Tensor1D, s);
      steps.push({ saved: step.saved, context, alpha, hidden, query });
      s = step.next;
    }
    const S = tf.concat([...steps.slice(1).map((st) => st.saved.hPrev), s], 0); // s_1 … s_Ty [Ty·B, H]
    const C = tf.concat(
      steps.map((st) => st.context),
      0,
    ); // [Ty·B, 2H]
    // The output layer runs on real target tokens only (padding has no loss): N of the Ty·B rows.
    const yMask = batch.yMask.dataSync();
    const real = tf.tensor1d(
      Array.from(yMask.keys()).filter((r) => yMask[r]! > 0),
      'int32',
    );
    const N = real.shape[0];
    const features = tf.gather(tf.concat([S, C, embY], 1), real) as T2; // [N, H + 2H + E]
    const logits = tf.add(mm(features, p['output.W'] as T2), p['output.b']!) as T2; // [N, V]
    const yOut = tf.gather(tf.reshape(batch.yOut, [-1]), real) as tf.Tensor1D; // [N]

    // ---- the loss: mean −log p(y_i) over real tokens ----
    // log Σ exp(ℓ − max ℓ) = −log max p: one softmax (XNNPACK on wasm) instead of logSoftmax and exp (each 7× slower).
    const probs = tf.softmax(logits); // [N, V]
    const gold = tf.oneHot(yOut, config.targetVocab); // [N, V]
    const nll = tf.sub(tf.neg(tf.log(tf.max(probs, 1))), tf.sub(tf.sum(tf.mul(logits, gold), 1), tf.max(logits, 1))); // [N]
    let loss = tf.mean(nll) as tf.Scalar;
    const accuracy = tf.mean(tf.cast(tf.equal(tf.argMax(logits, 1), yOut), 'float32')) as tf.Scalar;
    // Guided alignment: λ × the mean over linked steps of −Σ_j gold_ij log(α_ij + 1e-6).
    let align: { weight: T2; gold: T2; alpha: T2 } | null = null; // [Ty·B, 1] λ / (linked steps) or 0; [Ty·B, Tx] twice
    if (attention && guidedAlignment > 0 && batch.gold) {
      const goldMask = tf.reshape(batch.gold.mask, [-1, 1]);
      align = {
        weight: tf.mul(tf.div(goldMask, tf.maximum(tf.sum(goldMask), 1)), guidedAlignment) as T2,
        gold: tf.reshape(batch.gold.alignment, [Ty * B, Tx]) as T2,
        alpha: tf.add(tf.concat(steps.map((st) => st.alpha!)), 1e-6) as T2,
      };
      const xent = tf.neg(tf.sum(tf.mul(align.gold, tf.log(align.alpha)), 1, true));
      loss = tf.add(loss, tf.sum(tf.mul(xent, align.weight))) as tf.Scalar;
    }

    // ---- backward: the output layer ----
    const dLogits = tf.div(tf.sub(probs, gold), N) as T2; // [N, V]
    grads['output.W'] = xTy(features, dLogits);
    grads['output.b'] = colSum(dLogits);
    // Back to all Ty·B rows, padding rows 0 (they index the zero row appended at N).
    const toRow = new Int32Array(Ty * B).fill(N);
    real.dataSync().forEach((r, k) => (toRow[r] = k));
    const dFeatures = tf.gather(
      tf.concat([mm(dLogits, T(p['output.W'] as T2)), tf.zeros([1, H + 2 * H + E])], 0),
      tf.tensor1d(toRow, 'int32'),
    );
    const [dSOut, dCOut, dEmbOut] = tf.split(dFeatures, [H, 2 * H, E], 1) as T2[];
    const dS = tf.unstack(tf.reshape(dSOut!, [Ty, B, H])) as T2[];
    const dCs = tf.unstack(tf.reshape(dCOut!, [Ty, B, 2 * H])) as T2[];
    const dAlignAlpha = align
      ? (tf.unstack(tf.reshape(tf.div(tf.mul(tf.neg(align.gold), align.weight), align.alpha), [Ty, B, Tx])) as T2[])
      : null;

    // ---- backward: the decoder, last step first ----
    const UdT = T(p['decoder.U'] as T2);
    const WdCT = T(WdC!);
    const WaT = attention ? T(p[queryName] as T2) : null;
    const dxw: T2[] = new Array<T2>(Ty);
    const dhu: T2[] = new Array<T2>(Ty);
    const dContext: T2[] = new Array<T2>(Ty);
    const dQuery: T2[] = new Array<T2>(Ty);
    const attended: { alpha: T2; dC: T2 }[] = []; // in the order the steps are undone
    let sums: AttentionGrads | null = mem ? { keys: tf.zerosLike(mem.keys), v: tf.zerosLike(mem.v) } : null;
    let dotKeys = dot ? (tf.zerosLike(dot.keys) as T3) : null; // dL/d(keys), summed over steps
    let carry = tf.zerosLike(s0); // dL/d s_i from steps after i
    for (let i = Ty - 1; i >= 0; i--) {
      const { saved, alpha, hidden, query } = steps[i]!;
      const back = gru.backward(dS[i]!, carry, saved);
      dxw[i] = back.dxw;
      dhu[i] = back.dhu;
      carry = tf.add(back.dh, mm(back.dhu, UdT));
      const dC = tf.add(dCs[i]!, mm(back.dxw, WdCT)) as T2; // [B, 2H]
      dContext[i] = dC;
      if (mem && sums && alpha && hidden && WaT) {
        const back = attentionBackward(mem, { alpha, hidden }, dC, dAlignAlpha?.[i], sums);
        sums = back.sums;
        attended.push({ alpha, dC });
        dQuery[i] = back.dq;
        carry = tf.add(carry, mm(back.dq, WaT));
      } else if (dot && dotKeys && alpha && query && WaT) {
        const back = dotAttentionBackward(dot, { alpha, query }, dC, dAlignAlpha?.[i], dotKeys);
        dotKeys = back.dKeys;
        attended.push({ alpha, dC });
        dQuery[i] = back.dq;
        carry = tf.add(carry, mm(back.dq, WaT));
      }
    }
    const DXW = tf.concat(dxw, 0); // [Ty·B, 3H]
    const sPrev = steps.map((st) => st.saved.hPrev);
    grads['decoder.W'] = tf.concat([xTy(embY, DXW), xTy(C, DXW)], 0);
    grads['decoder.b'] = colSum(DXW);
    const DHU = tf.concat(dhu, 0);
    grads['decoder.U'] = xTy(tf.concat(sPrev, 0), DHU);
    grads['decoder.c'] = colSum(DHU);
    const dEmbY = tf.add(dEmbOut!, mm(DXW, T(WdE!))); // [Ty·B, E]
    grads['target.embedding'] = tf.unsortedSegmentSum(dEmbY, tgtIds, config.targetVocab);

    // s_0 = tanh(final · W_init + b)
    const dInit = tf.mul(carry, tf.sub(1, tf.square(s0))) as T2; // [B, H]
    grads['decoder.init.W'] = xTy(final, dInit);
    grads['decoder.init.b'] = colSum(dInit);
    let dFinal = mm(dInit, T(p['decoder.init.W'] as T2)); // [B, 2H]

    // ---- backward: attention's memory ----
    let dEnc: [T2[], T2[]]; // dL/d states, forward and backward
    if (mem && sums) {
      const dKeysAll = tf.reshape(sums.keys, [B * Tx, -1]) as T2; // [B·Tx, A]
      const hFlat = tf.reshape(mem.h, [B * Tx, 2 * H]) as T2;
      grads['attention.U'] = xTy(hFlat, dKeysAll);
      grads['attention.W'] = xTy(tf.concat(sPrev, 0), tf.concat(dQuery, 0));
      grads['attention.v'] = sums.v;
      const dMemory = memoryGradient(mem, tf.reshape(mm(dKeysAll, T(p['attention.U'] as T2)), [B, Tx, 2 * H]) as T3, attended); // [B, Tx, 2H]
      const [dF, dBk] = tf.split(tf.transpose(dMemory, [1, 0, 2]), [H, H], 2) as T3[]; // [Tx, B, H] each
      dEnc = [tf.unstack(dF!) as T2[], tf.unstack(dBk!) as T2[]];
    } else if (dot && dotKeys) {
      const dKeysAll = tf.reshape(dotKeys, [B * Tx, -1]) as T2; // [B·Tx, K]
      grads[queryName] = xTy(tf.concat(sPrev, 0), tf.concat(dQuery, 0));
      let throughKeys = dotKeys; // general: the keys are h itself
      if (keyName) {
        grads[keyName] = xTy(tf.reshape(dot.h, [B * Tx, 2 * H]) as T2, dKeysAll);
        throughKeys = tf.reshape(mm(dKeysAll, T(p[keyName] as T2)), [B, Tx, 2 * H]) as T3;
      }
      const dMemory = memoryGradient({ fast: false }, throughKeys, attended); // [B, Tx, 2H]
      const [dF, dBk] = tf.split(tf.transpose(dMemory, [1, 0, 2]), [H, H], 2) as T3[]; // [Tx, B, H] each
      dEnc = [tf.unstack(dF!) as T2[], tf.unstack(dBk!) as T2[]];
    } else {
      dFinal = tf.add(dFinal, tf.addN(dContext)); // C = final at every step
      const zero = tf.zeros([B, H]) as T2;
      dEnc = [positions.map(() => zero), positions.map(() => zero)];
    }

    // ---- backward: the encoder ----
    const [dLastF, dLastB] = tf.split(dFinal, [H, H], 1) as T2[];
    const dEmbX = tf.add(
      encodeDirectionBackward(p, 'encoder.forward', embX, fwd, dEnc[0]!, dLastF!, positions, grads),
      encodeDirectionBackward(p, 'encoder.backward', embX, bwd, dEnc[1]!, dLastB!, backwardOrder, grads),
    );
    grads['source.embedding'] = tf.unsortedSegmentSum(dEmbX, srcIds, config.sourceVocab);

    return { loss, accuracy, grads };
  });
}
