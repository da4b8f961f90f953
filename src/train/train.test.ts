import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeCorpus } from '../data/corpus';
import { tasks } from '../data/tasks';
import { buildVocab } from '../data/vocab';
import type { ModelConfig } from '../model/config';
import { teacherForcedLoss } from '../model/loss';
import { initParams } from '../model/params';
import { adamState, adamUpdate } from './adam';
import { startNodeBackend } from './backend';
import { epochBatches, toBatch } from './batches';

beforeAll(() => startNodeBackend());

describe('training', () => {
  it('lowers the loss over a few dozen steps on a tiny corpus, for both variants', async () => {
    const corpus = makeCorpus(tasks.dates, { seed: 9, train: 256, validation: 0, test: 0 });
    const vocab = buildVocab(corpus.train);
    for (const variant of ['attention', 'distracted'] as const) {
      const config: ModelConfig = {
        variant,
        embedding: 16,
        hidden: 32,
        attention: 16,
        sourceVocab: vocab.source.length,
        targetVocab: vocab.target.length,
      };
      const params = initParams(config, 1);
      const vars = Object.fromEntries(Object.entries(params).map(([k, t]) => [k, tf.variable(t, true, `${variant}.${k}`)]));
      const adam = adamState(params);
      const batches = epochBatches(corpus.train, 32, 1, 0).map((b) => b.map((i) => corpus.train[i]!));
      const losses: number[] = [];
      for (let step = 0; step < 40; step++) {
        const batch = toBatch(batches[step % batches.length]!, vocab);
        const { value, grads } = tf.variableGrads(() => teacherForcedLoss(vars, config, batch).loss);
        adamUpdate(vars, grads, adam, 1e-2, 1);
        losses.push((await value.data())[0]!);
        tf.dispose([value, ...Object.values(grads), ...Object.values(batch)]);
      }
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      expect(mean(losses.slice(-8)), variant).toBeLessThan(0.75 * mean(losses.slice(0, 8)));
      tf.dispose([...Object.values(vars), ...Object.values(adam.m), ...Object.values(adam.v)]);
    }
  });
});
