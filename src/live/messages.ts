/** Messages between the page and the live-training worker (worker.ts). Plain data only. */
import type { Trace } from '../model/translate';
import type { LivePoint } from './trainer';

export type ToWorker =
  /** Train, continuing the current run, or starting one with `seed` if there is none or it had another seed. */
  | { type: 'train'; seed: number }
  | { type: 'pause' }
  /** Throws the run away and starts a new one from `seed`'s initial weights (not training until asked). */
  | { type: 'reset'; seed: number }
  /** The source tokens the live model translates after each few steps, and their right translation (null when unknown). */
  | { type: 'example'; source: string[]; reference: string[] | null };

export interface LiveReport {
  type: 'progress';
  seed: number;
  step: number;
  /** Seconds spent training (not translating or evaluating). */
  seconds: number;
  training: boolean;
  /** The steps taken since the last report. */
  points: LivePoint[];
  /** Exact match on the held-out dates, when measured at this report. */
  heldOut: number | null;
  /** The example under the current weights. */
  trace: Trace | null;
  /** When this run first translated the example right (since the example was last changed). */
  firstRight: { step: number; seconds: number } | null;
}

export type FromWorker =
  /** The worker's backend, and the live model's number of weights. */
  { type: 'ready'; backend: string; parameters: number } | LiveReport | { type: 'error'; message: string };
