/**
 * The contract for every implementation of the GRU step and of attention: each computes what the
 * readable one computes (model/gru.ts, model/attention.ts, and encoder.ts + decoder.ts for a whole
 * sentence), within a tolerance, on every case it takes. One table per thing implemented:
 * implementations × cases. Where an implementation also promises the very same bits, that is proved
 * beside it (learn/fastPaths.test.ts, wasmKernels.test.ts); here, only that it computes the same function.
 *
 * Rows that reach tfjs's internals (our kernels) run only on the tfjs release tfjsInternals.ts was
 * written for: elsewhere the kernels are off, and those rows are skipped with the reason in their name.
 */
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  attentionBackward,
  attentionContext,
  attentionHidden,
  dotAttention,
  dotAttentionBackward,
  memoryGradient,
  type DotMemory,
  type Memory,
} from '../learn/attentionStep';
import { gruBackward, gruForward, gruStep as trainerGruStep, gruStepBackward } from '../learn/gruStep';
import { itPinned } from '../testing/pinned';
import { attend, attentionKeys, attentionQuery } from './attention';
import { scores, variants, type ModelConfig, type Score, type Variant } from './config';
import { gruStep } from './gru';
import { gruCell, gruCellOps } from './gruCell';
import { disposeModel, type Model } from './model';
import { mm, tidy } from './ops';
import { initParams, type Params } from './params';
import { translate, type DecodingPath } from './translate';

type T2 = tf.Tensor2D;
type T3 = tf.Tensor3D;
/** An implementation's answer: named results as flat arrays. */
type Out = Record<string, number[]>;

interface Implementation<Case> {
  name: string;
  backend: 'wasm' | 'cpu';
  /** Runs our kernels through tfjs's internals: only on the pinned tfjs release. */
  kernels?: boolean;
  /** The cases it takes (masks, widths its vectors need); all by default. */
  takes?: (c: Case) => boolean;
  run: (c: Case) => Out | Promise<Out>;
}

/** Runs every implementation on every case it takes, against `reference` (run on wasm), within `tol`. */
function contract<Case extends { name: string }>(
  title: string,
  reference: Omit<Implementation<Case>, 'backend'>,
  implementations: Implementation<Case>[],
  cases: Case[],
  tol: number,
) {
  describe(`${title}: every implementation agrees with ${reference.name} within ${tol}`, () => {
    afterAll(() => tf.setBackend('wasm'));
    for (const impl of implementations)
      for (const c of cases.filter((c) => impl.takes?.(c) ?? true))
        (impl.kernels ? itPinned : it)(`${impl.name} (${impl.backend}): ${c.name}`, async () => {
          await tf.setBackend('wasm');
          const expected = await reference.run(c);
          await tf.setBackend(impl.backend);
          const actual = await impl.run(c);
          expect(Object.keys(actual).length).toBeGreaterThan(0);
          for (const [what, values] of Object.entries(actual)) {
            const want = expected[what];
            expect(want, `${reference.name} has no ${what}`).toBeDefined();
            expect(values, what).toHaveLength(want!.length);
            const worst = Math.max(0, ...values.map((x, i) => Math.abs(x - want![i]!)));
            expect(worst, `${what}: the largest difference`).toBeLessThan(tol);
          }
        });
  });
}

/** Values in [−scale, scale) from a seed, the same on every backend (a linear congruential generator). */
function seeded(shape: number[], seed: number, scale = 1): tf.Tensor {
  const n = shape.reduce((a, b) => a * b, 1);
  let x = (seed * 2654435761) >>> 0;
  const values = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    values[i] = (x / 2 ** 31 - 1) * scale;
  }
  return tf.tensor(values, shape);
}
const flat = (t: tf.Tensor) => Array.from(t.dataSync());
const byRow = <T>(B: number, f: (b: number) => T) => Array.from({ length: B }, (_, b) => f(b));

// ---- the GRU step: h' from x·W + b, the state h, U and c (and a padding mask m) ----

interface GruCase {
  name: string;
  B: number;
  H: number;
  masked: boolean;
}
/** The case's tensors; `P` and `rest` are the decoder layout's full-width matMul and the output layer's share riding along. */
const gruInputs = ({ B, H, masked }: GruCase) => ({
  xW: seeded([B, 3 * H], 1, 2) as T2,
  h: seeded([B, H], 2) as T2,
  U: seeded([H, 3 * H], 3, 0.6) as T2,
  c: seeded([3 * H], 4, 0.5) as tf.Tensor1D,
  m: masked
    ? (tf.tensor2d(
        byRow(B, (b) => (b % 3 === 1 ? 0 : 1)),
        [B, 1],
      ) as T2)
    : undefined,
  d1: seeded([B, H], 5) as T2,
  d2: seeded([B, H], 6) as T2,
  P: seeded([B, 4 * H + 3], 7) as T2,
  rest: seeded([B, 3], 8) as T2,
});

/** The readable step (gru.ts), masked as encoder.ts masks it: padding keeps the previous state. */
function readableGru(t: ReturnType<typeof gruInputs>, xW = t.xW, h = t.h, U = t.U, c = t.c): T2 {
  const next = gruStep({ 'g.U': U, 'g.c': c }, 'g', xW, h);
  return t.m ? tf.add(h, tf.mul(t.m, tf.sub(next, h))) : next;
}

/**
 * gruCell (the packed and device paths' GRU) one sentence at a time, as packed.ts lays its inputs out:
 * the encoder's h·U stops before n's input part; the decoder's C matMul spans the whole width, the
 * output layer's share riding along after the gates.
 */
const viaGruCell = (layout: 'encoder' | 'decoder', cell: typeof gruCell) => (c: GruCase) =>
  tidy(() => {
    const t = gruInputs(c);
    const H = c.H;
    const [cz, cr, cn] = tf.split(tf.reshape(t.c, [1, 3 * H]), 3, 1) as T2[];
    const outs = byRow(c.B, (b) => {
      const row = (x: T2) => tf.slice(x, [b, 0], [1, -1]) as T2;
      const [xz, xr, xn] = tf.split(row(t.xW), 3, 1) as T2[];
      const h = row(t.h);
      const gates = tf.concat([tf.add(xz!, cz!), tf.add(xr!, cr!), cn!, xn!], 1) as T2; // [1, 4H]
      const hU = mm(h, t.U); // [1, 3H]
      if (layout === 'encoder') return cell([hU], gates, h);
      const P = row(t.P);
      return cell([P, hU], tf.sub(tf.concat([gates, row(t.rest)], 1), P) as T2, h);
    });
    return {
      next: flat(tf.concat(outs.map(([next]) => next))),
      ...(layout === 'decoder' ? { rest: flat(tf.concat(outs.map(([, rest]) => rest!))) } : {}),
    };
  });

const gruCases: GruCase[] = [
  { name: 'one sentence, 8 units', B: 1, H: 8, masked: false },
  { name: 'one sentence, 5 units (not a multiple of 4)', B: 1, H: 5, masked: false },
  { name: 'a batch of 3, 12 units', B: 3, H: 12, masked: false },
  { name: 'a batch of 5 with padding, 8 units', B: 5, H: 8, masked: true },
];
const singleSentences = (c: GruCase) => !c.masked;
const simdWidths = (c: { H: number; A?: number }) => c.H % 4 === 0 && (c.A ?? 0) % 4 === 0;

contract<GruCase>(
  'A GRU step, forward',
  {
    name: 'the readable step (model/gru.ts)',
    // decoder.ts computes the output layer's share apart from the GRU: what rides along in gruCell comes out as it went in.
    run: (c) => tidy(() => ((t) => ({ next: flat(readableGru(t)), rest: flat(t.rest) }))(gruInputs(c))),
  },
  [
    { name: 'gruCell kernel, encoder layout', backend: 'wasm', kernels: true, takes: singleSentences, run: viaGruCell('encoder', gruCell) },
    { name: 'gruCell kernel, decoder layout', backend: 'wasm', kernels: true, takes: singleSentences, run: viaGruCell('decoder', gruCell) },
    { name: 'gruCell kernel, encoder layout', backend: 'cpu', kernels: true, takes: singleSentences, run: viaGruCell('encoder', gruCell) },
    { name: 'gruCell kernel, decoder layout', backend: 'cpu', kernels: true, takes: singleSentences, run: viaGruCell('decoder', gruCell) },
    {
      name: "gruCell's tf ops (WebGL's path), decoder layout",
      backend: 'wasm',
      takes: singleSentences,
      run: viaGruCell('decoder', gruCellOps),
    },
    {
      name: "the trainer's tf ops (learn/gruStep.ts gruForward)",
      backend: 'wasm',
      run: (c) => tidy(() => ((t) => ({ next: flat(gruForward(t.xW, mm(t.h, t.U), t.c, t.h, t.m).next) }))(gruInputs(c))),
    },
    {
      name: "the trainer's wasm SIMD kernel (learn/gruStep.ts gruStep)",
      backend: 'wasm',
      kernels: true,
      takes: simdWidths,
      run: (c) => tidy(() => ((t) => ({ next: flat(trainerGruStep(t.xW, mm(t.h, t.U), t.c, t.h, t.m).next) }))(gruInputs(c))),
    },
  ],
  gruCases,
  1e-5,
);

/** What backpropagation needs of a step: dL/d(x·W + b), dL/dh (every path), dL/dU, dL/dc, for dL/dh' = d1 + d2. */
const trainerGruBackward = (forward: typeof gruForward, backward: typeof gruBackward) => (c: GruCase) =>
  tidy(() => {
    const t = gruInputs(c);
    const { saved } = forward(t.xW, mm(t.h, t.U), t.c, t.h, t.m);
    const { dxw, dhu, dh } = backward(t.d1, t.d2, saved, t.m);
    return {
      dxW: flat(dxw),
      dh: flat(tf.add(dh, tf.matMul(dhu, t.U, false, true))),
      dU: flat(tf.matMul(t.h, dhu, true, false)),
      dc: flat(tf.sum(dhu, 0)),
    };
  });

contract<GruCase>(
  'A GRU step, backward',
  {
    name: "tf.grads of the readable step's loss",
    run: (c) =>
      tidy(() => {
        const t = gruInputs(c);
        const dOut = tf.add(t.d1, t.d2);
        const loss = (xW: tf.Tensor, h: tf.Tensor, U: tf.Tensor, cc: tf.Tensor) =>
          tf.sum(tf.mul(readableGru(t, xW as T2, h as T2, U as T2, cc as tf.Tensor1D), dOut));
        const [dxW, dh, dU, dc] = tf.grads(loss)([t.xW, t.h, t.U, t.c]);
        return { dxW: flat(dxW!), dh: flat(dh!), dU: flat(dU!), dc: flat(dc!) };
      }),
  },
  [
    { name: "the trainer's tf ops (gruBackward)", backend: 'wasm', run: trainerGruBackward(gruForward, gruBackward) },
    {
      name: "the trainer's wasm SIMD kernel (gruStepBackward)",
      backend: 'wasm',
      kernels: true,
      takes: simdWidths,
      run: trainerGruBackward(trainerGruStep, gruStepBackward),
    },
  ],
  gruCases,
  1e-4,
);

// ---- attention at one decoder step: α_i and C_i from s_{i-1}, the memory h_j and W, U, v ----

interface AttentionCase {
  name: string;
  B: number;
  Tx: number;
  H: number;
  A: number;
  padded: boolean;
  guided: boolean;
}
const attentionInputs = ({ B, Tx, H, A, padded }: AttentionCase) => {
  const mask = tf.tensor2d(
    byRow(B, (b) => byRow(Tx, (j) => (padded && b % 2 === 1 && j >= Tx - 2 ? 0 : 1))),
    [B, Tx],
  );
  return {
    s: seeded([B, H], 11) as T2,
    h: seeded([B, Tx, 2 * H], 12) as T3,
    mask,
    W: seeded([H, A], 13, 0.7) as T2,
    U: seeded([2 * H, A], 14, 0.7) as T2,
    v: seeded([A, 1], 15) as T2,
    dC: seeded([B, 2 * H], 16) as T2,
    dAlign: seeded([B, Tx], 17) as T2,
  };
};
type AttentionInputs = ReturnType<typeof attentionInputs>;
const keysOf = (t: AttentionInputs) => attentionKeys({ 'attention.U': t.U }, t.h);

/** The trainer's view of the step: its memory (fast: the wasm SIMD kernels) and query W s_{i-1}. */
function trainerAttention(t: AttentionInputs, fast: boolean) {
  const mem: Memory = { h: t.h, keys: keysOf(t), maskAdd: tf.mul(tf.sub(1, t.mask), -1e4) as T2, v: t.v, fast };
  const hidden = attentionHidden(mem, mm(t.s, t.W));
  return { mem, hidden, ...attentionContext(mem, hidden) };
}

const attentionCases: AttentionCase[] = [
  { name: 'one sentence of 6 words, 8 units, 8 attention units', B: 1, Tx: 6, H: 8, A: 8, padded: false, guided: false },
  { name: 'a batch of 4 with padding, 7 words (not a multiple of 4)', B: 4, Tx: 7, H: 8, A: 12, padded: true, guided: false },
  { name: 'a batch of 4 with padding and guided alignment', B: 4, Tx: 7, H: 8, A: 12, padded: true, guided: true },
  { name: 'a batch of 2, 5 units and 6 attention units (not multiples of 4)', B: 2, Tx: 5, H: 5, A: 6, padded: true, guided: false },
];

contract<AttentionCase>(
  'Attention at one step, forward',
  {
    name: 'the readable attention (model/attention.ts attend)',
    run: (c) =>
      tidy(() => {
        const t = attentionInputs(c);
        const { alpha, context } = attend({ 'attention.W': t.W, 'attention.v': t.v }, t.s, keysOf(t), t.h, t.mask);
        return { alpha: flat(alpha), context: flat(context) };
      }),
  },
  [false, true].map((fast): Implementation<AttentionCase> => ({
    name: fast ? "the trainer's wasm SIMD kernels (learn/attentionStep.ts)" : "the trainer's tf ops (learn/attentionStep.ts)",
    backend: 'wasm',
    kernels: fast,
    takes: (c) => !fast || simdWidths(c),
    run: (c) =>
      tidy(() => {
        const { alpha, context } = trainerAttention(attentionInputs(c), fast);
        return { alpha: flat(alpha), context: flat(context) };
      }),
  })),
  attentionCases,
  1e-5,
);

contract<AttentionCase>(
  'Attention at one step, backward',
  {
    name: "tf.grads of the readable attention's loss (through C_i, and α_i under guided alignment)",
    run: (c) =>
      tidy(() => {
        const t = attentionInputs(c);
        const loss = (s: tf.Tensor, keys: tf.Tensor, v: tf.Tensor, h: tf.Tensor) => {
          const { alpha, context } = attend({ 'attention.W': t.W, 'attention.v': v }, s as T2, keys as T3, h as T3, t.mask);
          const viaC = tf.sum(tf.mul(context, t.dC));
          return c.guided ? tf.add(viaC, tf.sum(tf.mul(alpha, t.dAlign))) : viaC;
        };
        const [ds, dkeys, dv, dh] = tf.grads(loss)([t.s, keysOf(t), t.v, t.h]);
        return { ds: flat(ds!), dkeys: flat(dkeys!), dv: flat(dv!), dh: flat(dh!) };
      }),
  },
  [false, true].map((fast): Implementation<AttentionCase> => ({
    name: fast
      ? "the trainer's wasm SIMD kernels (attentionBackward, memoryGradient)"
      : "the trainer's tf ops (attentionBackward, memoryGradient)",
    backend: 'wasm',
    kernels: fast,
    takes: (c) => !fast || simdWidths(c),
    run: (c) =>
      tidy(() => {
        const t = attentionInputs(c);
        const { mem, hidden, alpha } = trainerAttention(t, fast);
        const zeros = { keys: tf.zerosLike(mem.keys), v: tf.zerosLike(t.v) as T2 };
        const { dq, sums } = attentionBackward(mem, { alpha, hidden }, t.dC, c.guided ? t.dAlign : undefined, zeros);
        const dh = memoryGradient(mem, tf.zerosLike(t.h), [{ alpha, dC: t.dC }]);
        return { ds: flat(tf.matMul(dq, t.W, false, true)), dkeys: flat(sums.keys), dv: flat(sums.v), dh: flat(dh) };
      }),
  })),
  attentionCases,
  1e-4,
);

// ---- the dot scores (general, scaled-dot) at one step: the trainer's tf ops against attention.ts ----

interface DotCase extends AttentionCase {
  score: Exclude<Score, 'additive'>;
}
const dotCases: DotCase[] = (['general', 'scaled-dot'] as const).flatMap((score) =>
  attentionCases.map((c) => ({ ...c, name: `${score}: ${c.name}`, score })),
);
/** The score's weights: general's W [H, 2H]; scaled-dot's W_q [H, A] and W_k [2H, A]. */
const dotParams = (c: DotCase, t: AttentionInputs): Params =>
  c.score === 'general' ? { 'attention.W': seeded([c.H, 2 * c.H], 18, 0.7) } : { 'attention.Wq': t.W, 'attention.Wk': t.U };
/** The trainer's memory and query for a dot score, from the same weights. */
function trainerDot(c: DotCase, t: AttentionInputs) {
  const p = dotParams(c, t);
  const mem: DotMemory = {
    h: t.h,
    keys: attentionKeys(p, t.h, c.score),
    maskAdd: tf.mul(tf.sub(1, t.mask), -1e4) as T2,
    scale: c.score === 'scaled-dot' ? 1 / Math.sqrt(c.A) : 1,
  };
  const query = attentionQuery(p, t.s, c.score);
  return { p, mem, query, ...dotAttention(mem, query) };
}

contract<DotCase>(
  'A dot score at one step, forward',
  {
    name: 'the readable attention (model/attention.ts attend)',
    run: (c) =>
      tidy(() => {
        const t = attentionInputs(c);
        const p = dotParams(c, t);
        const { alpha, context } = attend(p, t.s, attentionKeys(p, t.h, c.score), t.h, t.mask, undefined, c.score);
        return { alpha: flat(alpha), context: flat(context) };
      }),
  },
  [
    {
      name: "the trainer's tf ops (learn/attentionStep.ts dotAttention)",
      backend: 'wasm',
      run: (c) =>
        tidy(() => {
          const { alpha, context } = trainerDot(c, attentionInputs(c));
          return { alpha: flat(alpha), context: flat(context) };
        }),
    },
  ],
  dotCases,
  1e-5,
);

contract<DotCase>(
  'A dot score at one step, backward',
  {
    name: "tf.grads of the readable attention's loss (through C_i, and α_i under guided alignment)",
    run: (c) =>
      tidy(() => {
        const t = attentionInputs(c);
        const p = dotParams(c, t);
        const keys0 = tf.clone(attentionKeys(p, t.h, c.score)); // general's keys are h itself: a copy, so each gets its own gradient
        const loss = (q: tf.Tensor, keys: tf.Tensor, h: tf.Tensor) => {
          // attend's own arithmetic from the query on (attentionQuery is a plain matMul).
          const { alpha, context } = attend(
            { [c.score === 'general' ? 'attention.W' : 'attention.Wq']: tf.eye(q.shape[1]!) },
            q as T2,
            keys as T3,
            h as T3,
            t.mask,
            undefined,
            c.score,
          );
          const viaC = tf.sum(tf.mul(context, t.dC));
          return c.guided ? tf.add(viaC, tf.sum(tf.mul(alpha, t.dAlign))) : viaC;
        };
        const query = attentionQuery(p, t.s, c.score);
        const [dq, dkeys, dh] = tf.grads(loss)([query, keys0, t.h]);
        return { dq: flat(dq!), dkeys: flat(dkeys!), dh: flat(dh!) };
      }),
  },
  [
    {
      name: "the trainer's tf ops (dotAttentionBackward, memoryGradient)",
      backend: 'wasm',
      run: (c) =>
        tidy(() => {
          const t = attentionInputs(c);
          const { mem, query, alpha } = trainerDot(c, t);
          const back = dotAttentionBackward(mem, { alpha, query }, t.dC, c.guided ? t.dAlign : undefined, tf.zerosLike(mem.keys));
          const dh = memoryGradient({ fast: false }, tf.zerosLike(t.h), [{ alpha, dC: t.dC }]);
          return { dq: flat(back.dq), dkeys: flat(back.dKeys), dh: flat(dh) };
        }),
    },
  ],
  dotCases,
  1e-4,
);

// ---- a whole sentence: the decoding paths (translate.ts), h_j and every step's α_i, C_i, s_i ----

interface SentenceCase {
  name: string;
  variant: Variant;
  /** The attention model's score (attention only). */
  score?: Score;
  seed: number;
  source: string[];
}
const sizes = { embedding: 6, hidden: 5, attention: 4, sourceVocab: 9, targetVocab: 8 };
const modelOf = ({ variant, score, seed }: SentenceCase): Model => {
  const config: ModelConfig = { variant, ...(score ? { score } : {}), ...sizes };
  return {
    config,
    vocab: { source: Array.from({ length: 9 }, (_, i) => `s${i}`), target: Array.from({ length: 8 }, (_, i) => `t${i}`) },
    params: initParams(config, seed),
  };
};

/** A trace as numbers: the output tokens (as ids), h_j, and each step's α_i, C_i, s_i and best probability. */
async function decode(c: SentenceCase, path: DecodingPath): Promise<Out> {
  const model = modelOf(c);
  const trace = await translate(model, c.source, { path });
  disposeModel(model);
  return {
    tokens: trace.steps.map((s) => model.vocab.target.indexOf(s.token)),
    h: trace.h.flat(),
    alpha: trace.steps.flatMap((s) => s.alpha ?? []),
    context: trace.steps.flatMap((s) => s.context),
    state: trace.steps.flatMap((s) => s.state),
    p: trace.steps.map((s) => s.topk[0]!.p),
  };
}

const sentenceCases: SentenceCase[] = variants.flatMap((variant) =>
  (variant === 'attention' ? scores : [undefined]).flatMap((score) =>
    [3, 5].flatMap((seed) =>
      [['s4'], ['s2', 's3'], ['s8', 's1', 's5', 's5', 's2', 's7']].map((source) => ({
        name: `${variant}${score ? ` (${score} score)` : ''}, random weights (seed ${seed}): ${source.join(' ')}`,
        variant,
        score,
        seed,
        source,
      })),
    ),
  ),
);

contract<SentenceCase>(
  'Decoding a sentence',
  { name: 'the reference path (encoder.ts + decoder.ts)', run: (c) => decode(c, 'reference') },
  [
    { name: 'the reference path', backend: 'cpu', run: (c) => decode(c, 'reference') },
    ...(['wasm', 'cpu'] as const).flatMap((backend) =>
      (['packed', 'device'] as const).map((path): Implementation<SentenceCase> => ({
        name: `the ${path} path (packed.ts${path === 'device' ? "'s decodeChunk" : ', gruCell'})`,
        backend,
        run: (c) => decode(c, path),
      })),
    ),
  ],
  sentenceCases,
  1e-4,
);
