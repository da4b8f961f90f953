/**
 * The model code leaves no tensor behind: 1 000 translations by the shipped en-zh models, alternating
 * the two, end with as many tensors as they started with. Run in Node on wasm and cpu, the backends the
 * page runs them on, on the decoding path both take (`packed`), and on wasm also on the path WebGL takes
 * (`device`: WebGL itself cannot run in Node; e2e/hardening.spec.ts keeps a browser smoke on it). The
 * device path on cpu adds nothing wasm's doesn't test, at six times the time.
 */
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadShipped } from '../testing/shipped';
import { variants } from './config';
import { disposeModel, type Model } from './model';
import { translate, type DecodingPath } from './translate';

const sentence = ['tom', 'saw', 'me', '.'];
const cases: [backend: string, paths: DecodingPath[]][] = [
  ['wasm', ['packed', 'device']],
  ['cpu', ['packed']],
];

describe.each(cases)('on %s', (backend, paths) => {
  let models: Model[] = [];
  beforeAll(async () => {
    expect(await tf.setBackend(backend)).toBe(true);
    models = await Promise.all(variants.map(async (v) => (await loadShipped('en-zh', v)).model));
  });
  afterAll(async () => {
    models.forEach(disposeModel);
    await tf.setBackend('wasm'); // the setup file's backend, for whatever runs next in this process
  });

  it.each(paths)(
    '1 000 translations on the %s path leave no tensor behind',
    async (path) => {
      expect(tf.getBackend()).toBe(backend);
      // Each model once first: its weights are packed on first use (kept for the model's life), which is not a leak.
      for (const model of models) await translate(model, sentence, { path });
      const before = tf.memory().numTensors;
      for (let i = 0; i < 1000; i++) {
        const trace = await translate(models[i % 2]!, sentence, { path });
        if (i < 2) expect(trace.tokens.join('')).toBe('汤姆看见了我。');
      }
      expect(tf.memory().numTensors).toBe(before);
    },
    300_000,
  ); // cpu takes ~30 s alone, and the suite shares two cores
});
