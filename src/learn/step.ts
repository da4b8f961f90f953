/**
 * One training step, as `npm run train` runs it: teacher-forced loss (plus guided alignment when asked),
 * gradients, Adam with global-norm clipping, at the learning rate the schedule gives for this step.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { ModelConfig } from '../model/config';
import type { Batch } from '../model/loss';
import { adamUpdate, type AdamState } from './adam';
import { lossAndGrads } from './backprop';

export interface StepOptions {
  /** The learning rate for this step (see `learningRate`). */
  lr: number;
  /** Gradients are scaled down to this global norm when larger. */
  clip: number;
  /** λ of the guided-alignment term; 0 (the default) trains on translation alone. */
  guidedAlignment?: number;
}

/** Warm-up over the first 100 steps, then decay to a tenth of `peak` by step `decay` (and on at that pace past it). */
export const learningRate = (peak: number, step: number, decay: number) => peak * Math.min(1, (step + 1) / 100) * 0.1 ** (step / decay);

/**
 * Updates `vars` (and `adam`) in place from one batch; returns the batch's loss and token accuracy, and the gradients' global norm
 * before the update. The batch stays the caller's to dispose.
 */
export async function trainStep(
  vars: Record<string, tf.Variable>,
  adam: AdamState,
  config: ModelConfig,
  batch: Batch,
  { lr, clip, guidedAlignment = 0 }: StepOptions,
): Promise<{ loss: number; accuracy: number; gradNorm: number }> {
  // The loss and gradients of teacherForcedLoss (model/loss.ts), by hand-written backpropagation (backprop.ts).
  const { loss, accuracy, grads } = lossAndGrads(vars, config, batch, guidedAlignment);
  const gradNorm = adamUpdate(vars, grads, adam, lr, clip);
  const [value, share] = [(await loss.data())[0]!, (await accuracy.data())[0]!];
  tf.dispose([loss, accuracy, ...Object.values(grads)]);
  return { loss: value, accuracy: share, gradNorm };
}
