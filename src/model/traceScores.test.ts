import { describe, expect, it } from 'vitest';
import { scores, type ModelConfig } from './config';
import { disposeModel, type Model } from './model';
import { initParams } from './params';
import { traceQueryKeys, traceScores } from './traceScores';
import { translate } from './translate';

const sizes = { embedding: 6, hidden: 5, attention: 4, sourceVocab: 9, targetVocab: 8 };
const modelOf = (config: ModelConfig, seed: number): Model => ({
  config,
  vocab: { source: Array.from({ length: 9 }, (_, i) => `s${i}`), target: Array.from({ length: 8 }, (_, i) => `t${i}`) },
  params: initParams(config, seed),
});
const softmax = (row: number[]) => {
  const max = Math.max(...row);
  const ex = row.map((x) => Math.exp(x - max));
  const z = ex.reduce((a, b) => a + b, 0);
  return ex.map((x) => x / z);
};

describe('traceScores: the e_ij behind a trace’s α', () => {
  for (const score of scores)
    for (const path of ['reference', 'packed', 'device'] as const)
      it(`${score} score, ${path} path: softmax_j(e_ij) is each step's α_ij`, async () => {
        const model = modelOf({ variant: 'attention', score, ...sizes }, 7);
        const trace = await translate(model, ['s8', 's1', 's5', 's2'], { path, maxSteps: 6 });
        const e = traceScores(model, trace)!;
        expect(e).toHaveLength(trace.steps.length);
        e.forEach((row, i) => {
          expect(row).toHaveLength(4);
          softmax(row).forEach((a, j) => expect(a).toBeCloseTo(trace.steps[i]!.alpha![j]!, 5));
        });
        disposeModel(model);
      });

  it('is null for the distracted model', async () => {
    const model = modelOf({ variant: 'distracted', ...sizes }, 7);
    const trace = await translate(model, ['s2', 's3']);
    expect(traceScores(model, trace)).toBeNull();
    disposeModel(model);
  });

  it('scaled-dot: e_ij is q_i · k_j / √d for the queries and keys traceQueryKeys gives', async () => {
    const model = modelOf({ variant: 'attention', score: 'scaled-dot', ...sizes }, 11);
    const trace = await translate(model, ['s3', 's4', 's6'], { maxSteps: 5 });
    const e = traceScores(model, trace)!;
    const { query, keys } = traceQueryKeys(model, trace)!;
    expect(query).toHaveLength(e.length);
    expect(keys).toHaveLength(3);
    const d = sizes.attention;
    e.forEach((row, i) =>
      row.forEach((eij, j) => expect(query[i]!.reduce((sum, q, k) => sum + q * keys[j]![k]!, 0) / Math.sqrt(d)).toBeCloseTo(eij, 5)),
    );
    disposeModel(model);
  });
});
