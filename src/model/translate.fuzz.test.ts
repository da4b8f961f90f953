import fc from 'fast-check';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../data/check';
import { nasty } from '../data/fuzzInputs';
import { tasks } from '../data/tasks';
import { loadShipped } from '../testing/shipped';
import type { Model } from './model';
import { translate } from './translate';

let model: Model;
beforeAll(async () => {
  model = (await loadShipped('en-zh', 'attention')).model;
});

describe('the model on fuzzed input', () => {
  it('translates whatever the checker lets through (unknown words included): finite α rows summing to 1, no tensor left behind', async () => {
    await translate(model, ['tom']); // packs the model's weights once: a cache, not a leak
    const before = tf.memory().numTensors;
    const inputs = fc.sample(nasty, { numRuns: 10_000, seed: 3 });
    let translated = 0;
    for (const text of inputs) {
      const c = check(tasks['en-zh'], text);
      if (c.kind === 'empty' || c.kind === 'chinese' || c.kind === 'too-long') continue;
      const trace = await translate(model, c.tokens.tokens, { maxSteps: 20 });
      translated++;
      for (const s of trace.steps) {
        expect(s.alpha!.every(Number.isFinite)).toBe(true);
        expect(s.alpha!.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
      }
    }
    expect(tf.memory().numTensors).toBe(before);
    expect(translated).toBeGreaterThan(5000); // most inputs reach the model: unknown words are read as <unk>
  }, 300_000);
});
