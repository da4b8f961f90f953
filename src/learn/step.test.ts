import * as tf from '@tensorflow/tfjs-core';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCorpus } from '../data/corpus';
import type { Example } from '../data/sample';
import { tasks } from '../data/tasks';
import { buildVocab, type Vocab } from '../data/vocab';
import type { ModelConfig, Variant } from '../model/config';
import { initParams, type Params } from '../model/params';
import { adamState, type AdamState } from './adam';
import { disposeBatch, epochBatches, toBatch } from './batches';
import { loadCheckpoint, saveCheckpoint, type LoopState } from '../cli/checkpoint';
import { learningRate, trainStep } from './step';

const corpus = makeCorpus(tasks.dates, { seed: 9, train: 256, validation: 0, test: 0 });
const vocab = buildVocab(corpus.train);
const configOf = (variant: Variant, v: Vocab = vocab): ModelConfig => ({
  variant,
  embedding: 16,
  hidden: 32,
  attention: 16,
  sourceVocab: v.source.length,
  targetVocab: v.target.length,
});
const batches: Example[][] = epochBatches(corpus.train, 32, 1, 0).map((b) => b.map((i) => corpus.train[i]!));

let run = 0;
/** Trainable copies of `params`, under names no other test uses (tfjs keeps one registry of variables). */
const variables = (params: Params) => {
  run++;
  return Object.fromEntries(Object.entries(params).map(([k, t]) => [k, tf.variable(t, true, `run${run}.${k}`)]));
};

/** `trainStep` over steps [from, to) of a `steps`-step schedule, as the training loop runs it; returns the losses. */
async function train(
  vars: Record<string, tf.Variable>,
  adam: AdamState,
  config: ModelConfig,
  from: number,
  to: number,
  steps: number,
  peak = 1e-2,
) {
  const losses: number[] = [];
  for (let step = from; step < to; step++) {
    const batch = toBatch(batches[step % batches.length]!, vocab);
    const guidedAlignment = config.variant === 'attention' ? 0.5 : 0;
    losses.push((await trainStep(vars, adam, config, batch, { lr: learningRate(peak, step, steps), clip: 1, guidedAlignment })).loss);
    disposeBatch(batch);
  }
  return losses;
}

const disposeRun = (vars: Record<string, tf.Variable>, adam: AdamState) =>
  tf.dispose([...Object.values(vars), ...Object.values(adam.m), ...Object.values(adam.v)]);

describe('training', () => {
  it('learningRate warms up over 100 steps, then decays to a tenth of the peak', () => {
    expect(learningRate(1, 0, 1000)).toBeCloseTo(0.01, 6);
    expect(learningRate(1, 99, 1000)).toBeCloseTo(0.1 ** 0.099, 6);
    expect(learningRate(1, 1000, 1000)).toBeCloseTo(0.1, 6);
    expect(learningRate(2e-3, 500, 1000)).toBeLessThan(learningRate(2e-3, 100, 1000));
  });

  it('trainStep lowers the loss over 60 steps of the warm-up and decay schedule on a tiny corpus, for both variants (attention with guided alignment)', async () => {
    for (const variant of ['attention', 'distracted'] as const) {
      const config = configOf(variant);
      const params = initParams(config, 1);
      const vars = variables(params);
      const adam = adamState(params);
      tf.dispose(Object.values(params));
      const losses = await train(vars, adam, config, 0, 60, 60, 3e-2);
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      expect(mean(losses.slice(-8)), variant).toBeLessThan(0.75 * mean(losses.slice(0, 8)));
      disposeRun(vars, adam);
    }
  });

  it('guided alignment adds to the loss of an attention model, and only there', async () => {
    const batch = toBatch(batches[0]!, vocab);
    const lossWith = async (variant: Variant, guidedAlignment: number) => {
      const params = initParams(configOf(variant), 2);
      const vars = variables(params);
      const adam = adamState(params);
      tf.dispose(Object.values(params));
      const { loss } = await trainStep(vars, adam, configOf(variant), batch, { lr: 0, clip: 1, guidedAlignment });
      disposeRun(vars, adam);
      return loss;
    };
    expect(await lossWith('attention', 0.5)).toBeGreaterThan(await lossWith('attention', 0));
    expect(await lossWith('distracted', 0.5)).toBe(await lossWith('distracted', 0));
    disposeBatch(batch);
  });

  it('a run saved to a checkpoint and loaded again goes on with exactly the losses of an uninterrupted run', async () => {
    const config = configOf('attention');
    const steps = 8;
    const fresh = () => {
      const params = initParams(config, 3);
      const out = { vars: variables(params), adam: adamState(params) };
      tf.dispose(Object.values(params));
      return out;
    };
    const straight = fresh();
    const expected = await train(straight.vars, straight.adam, config, 0, steps, steps);
    disposeRun(straight.vars, straight.adam);

    const first = fresh();
    const before = await train(first.vars, first.adam, config, 0, steps / 2, steps);
    mkdirSync('.cache', { recursive: true });
    const dir = mkdtempSync('.cache/checkpoint-test-');
    const state: LoopState = {
      step: steps / 2,
      seconds: 1,
      best: { exact: 0.5, tokenAccuracy: 0.6, step: 2 },
      snapshots: [],
      config,
      steps,
    };
    await saveCheckpoint(dir, first.vars, first.adam, state);
    disposeRun(first.vars, first.adam);

    const resumed = loadCheckpoint(dir)!;
    rmSync(dir, { recursive: true });
    expect(resumed.state).toEqual(state);
    expect(resumed.adam.step).toBe(steps / 2);
    const vars = variables(resumed.params);
    tf.dispose(Object.values(resumed.params));
    const after = await train(vars, resumed.adam, config, steps / 2, steps, steps);
    disposeRun(vars, resumed.adam);
    expect([...before, ...after]).toEqual(expected);
  });

  it('a checkpoint is written whole or not at all: stopped mid-write, the last whole one is read', async () => {
    const config = configOf('distracted');
    const params = initParams(config, 5);
    const adam = adamState(params);
    const state = (step: number): LoopState => ({
      step,
      seconds: step,
      best: { exact: 0, tokenAccuracy: 0, step: 0 },
      snapshots: [],
      config,
      steps: 10,
    });
    mkdirSync('.cache', { recursive: true });
    const dir = join(mkdtempSync('.cache/checkpoint-test-'), 'ckpt');
    await saveCheckpoint(dir, params, adam, state(2));
    await saveCheckpoint(dir, params, adam, state(4));
    expect(loadCheckpoint(dir)!.state.step).toBe(4);
    // Stopped while writing the next one: its half-written files are never read.
    mkdirSync(`${dir}.partial`);
    writeFileSync(join(`${dir}.partial`, 'params.bin'), 'half');
    expect(loadCheckpoint(dir)!.state.step).toBe(4);
    // Stopped between the renames: the last whole checkpoint, kept aside, is read.
    renameSync(dir, `${dir}.old`);
    expect(loadCheckpoint(dir)!.state.step).toBe(4);
    await saveCheckpoint(dir, params, adam, state(6));
    expect(loadCheckpoint(dir)!.state.step).toBe(6);
    expect(existsSync(`${dir}.old`) || existsSync(`${dir}.partial`)).toBe(false);
    rmSync(dirname(dir), { recursive: true });
    tf.dispose([...Object.values(params), ...Object.values(adam.m), ...Object.values(adam.v)]);
  });

  it('loadCheckpoint returns null where there is no checkpoint', () => {
    expect(loadCheckpoint('.cache/no-such-checkpoint')).toBeNull();
  });
});
