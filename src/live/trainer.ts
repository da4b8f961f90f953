/**
 * A live training run: a small attention model learning the live dates task from scratch, step by
 * step, with the same model, loss and Adam as `npm run train`. Plain numbers and traces out, so the
 * same code runs in the page's Web Worker (worker.ts), in the bench and in Node's tests.
 */
import * as tf from '@tensorflow/tfjs-core';
import { rng } from '../data/rng';
import { sample, type Example } from '../data/sample';
import { evaluate } from '../model/evaluate';
import type { Model } from '../model/model';
import { initParams } from '../model/params';
import { translate, type Trace } from '../model/translate';
import { adamState } from '../learn/adam';
import { disposeBatch, toBatch } from '../learn/batches';
import { trainStep } from '../learn/step';
import { liveConfig, liveProfile, liveTask, liveVocab } from './task';

export interface LiveOptions {
  /** The same seed gives the same initial weights, the same batches and so the same run. */
  seed: number;
  batchSize?: number;
  /** Adam's learning rate after a short warm-up. */
  lr?: number;
}

/** One training step as the curves show it. */
export interface LivePoint {
  step: number;
  /** Cross-entropy of the step's batch, before the update. */
  loss: number;
  /** Share of the batch's output characters right (teacher-forced). */
  accuracy: number;
}

export interface LiveRun {
  readonly model: Model;
  /** Steps taken so far. */
  readonly step: number;
  /** Takes `n` training steps. */
  train(n: number): Promise<LivePoint[]>;
  /** Exact match on dates held out from training. */
  heldOut(): Promise<number>;
  /** The current weights' translation of `source`, with α (the reference path: it reads the weights as they are now). */
  translate(source: readonly string[]): Promise<Trace>;
  dispose(): void;
}

const WARMUP = 20;
let runs = 0;
export const HELD_OUT = 100;

export function startLiveRun({ seed, batchSize = 32, lr = 0.01 }: LiveOptions): LiveRun {
  const random = rng(seed);
  const draw = () => sample(liveTask.grammar, random, liveProfile);
  const heldOut: Example[] = [];
  const seen = new Set<string>();
  while (heldOut.length < HELD_OUT) {
    const e = draw();
    const key = e.source.join('');
    if (seen.has(key)) continue;
    seen.add(key);
    heldOut.push(e);
  }
  const trainingExample = () => {
    for (;;) {
      const e = draw();
      if (!seen.has(e.source.join(''))) return e;
    }
  };
  // tfjs names variables globally: each run's own prefix lets runs overlap (tests; a reset before the old one is freed).
  const prefix = `live${++runs}/`;
  const init = initParams(liveConfig, seed);
  const params = Object.fromEntries(Object.entries(init).map(([k, t]) => [k, tf.variable(t, true, prefix + k)]));
  tf.dispose(Object.values(init)); // the variables hold their own copies: a Reset must not leave the old run's behind
  const model: Model = { config: liveConfig, vocab: liveVocab, params };
  const adam = adamState(params);
  let step = 0;
  return {
    model,
    get step() {
      return step;
    },
    async train(n) {
      const points: LivePoint[] = [];
      for (let k = 0; k < n; k++) {
        const batch = toBatch(Array.from({ length: batchSize }, trainingExample), liveVocab);
        const rate = lr * Math.min(1, (step + 1) / WARMUP);
        const { loss, accuracy } = await trainStep(params, adam, liveConfig, batch, { lr: rate, clip: 1 });
        disposeBatch(batch);
        points.push({ step: ++step, loss, accuracy });
      }
      return points;
    },
    async heldOut() {
      return (await evaluate(model, heldOut, { batchSize: HELD_OUT })).exact;
    },
    translate: (source) => translate(model, source, { path: 'reference', k: 3 }),
    dispose() {
      tf.dispose([...Object.values(params), ...Object.values(adam.m), ...Object.values(adam.v)]);
    },
  };
}
