import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { itPinned } from '../testing/pinned';
import { makeCorpus } from '../data/corpus';
import { tasks } from '../data/tasks';
import { buildVocab } from '../data/vocab';
import { scores, variants, type ModelConfig, type Score } from '../model/config';
import { teacherForcedLoss } from '../model/loss';
import { initParams } from '../model/params';
import { lossAndGrads } from './backprop';
import { disposeBatch, toBatch } from './batches';
import { fastKernels } from './simd/kernels';

// Sentences of different lengths in one batch, so both source and target carry padding.
const corpus = makeCorpus(tasks['en-zh'], { seed: 4, train: 40, validation: 0, test: 0 });
const vocab = buildVocab(corpus.train);
// Widths that are multiples of 4 take the wasm SIMD kernels (simd/kernels.ts); others, the tf ops they replace.
const paths = { 'tf ops': { embedding: 6, hidden: 10, attention: 6 }, 'wasm kernels': { embedding: 8, hidden: 12, attention: 8 } };
const configOf = (variant: ModelConfig['variant'], path: keyof typeof paths, score?: Score): ModelConfig => ({
  variant,
  ...(score ? { score } : {}),
  ...paths[path],
  sourceVocab: vocab.source.length,
  targetVocab: vocab.target.length,
});

describe('backprop (the hand-written gradients)', () => {
  for (const path of Object.keys(paths) as (keyof typeof paths)[])
    for (const variant of variants)
      for (const score of variant === 'attention' ? scores : [undefined])
        for (const guidedAlignment of variant === 'attention' ? [0, 0.5] : [0])
          (path === 'wasm kernels' ? itPinned : it)(
            `equals teacherForcedLoss and tf.variableGrads for ${variant}${score ? ` (${score} score)` : ''}${guidedAlignment ? ' with guided alignment' : ''} (${path}): same loss, every parameter's gradient`,
            () => {
              const config = configOf(variant, path, score);
              expect(fastKernels(config.hidden, config.attention)).toBe(path === 'wasm kernels');
              const params = initParams(config, 3);
              const names = Object.keys(params);
              const vars = Object.fromEntries(
                names.map((k) => [k, tf.variable(params[k]!, true, `backprop-${path}-${variant}-${score}-${guidedAlignment}.${k}`)]),
              );
              const batch = toBatch(corpus.train.slice(0, 12), vocab);
              expect(tf.min(batch.xMask).dataSync()[0]).toBe(0); // there is padding
              const reference = tf.variableGrads(() => teacherForcedLoss(vars, config, batch, guidedAlignment).loss);
              const ours = lossAndGrads(vars, config, batch, guidedAlignment);
              expect(ours.loss.dataSync()[0]).toBeCloseTo(reference.value.dataSync()[0]!, 5);
              const { logits } = teacherForcedLoss(vars, config, batch, guidedAlignment);
              const right = tf.tidy(() =>
                tf.div(tf.sum(tf.mul(tf.cast(tf.equal(tf.argMax(logits, 2), batch.yOut), 'float32'), batch.yMask)), tf.sum(batch.yMask)),
              );
              expect(ours.accuracy.dataSync()[0]).toBeCloseTo(right.dataSync()[0]!, 6);
              tf.dispose([logits, right]);
              expect(Object.keys(ours.grads).sort()).toEqual(names.sort());
              for (const k of names) {
                const want = reference.grads[vars[k]!.name]!.dataSync();
                const got = ours.grads[k]!.dataSync();
                expect(ours.grads[k]!.shape, k).toEqual(params[k]!.shape);
                const scale = Math.max(1e-3, ...Array.from(want, Math.abs));
                const worst = Math.max(...Array.from(got, (g, i) => Math.abs(g - want[i]!)));
                expect(worst / scale, k).toBeLessThan(1e-4);
              }
              tf.dispose([reference.value, ...Object.values(reference.grads), ours.loss, ours.accuracy, ...Object.values(ours.grads)]);
              tf.dispose([...Object.values(vars), ...Object.values(params)]);
              disposeBatch(batch);
            },
          );
});
