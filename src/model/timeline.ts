/**
 * A model's training timeline: the snapshots taken along its training run (uint8 weights, listed in its
 * manifest), ending with the shipped weights themselves. The shipped weights are the best on
 * validation, so a snapshot taken after them (the run went on, and did no better) is left out: the
 * timeline ends at the model the app ships.
 */
import type { Manifest, Snapshot } from './manifest';

export interface Stop {
  /** Share of the training run done, 0–1. */
  fraction: number;
  step: number;
  /** The snapshot to load, or null for the shipped weights. */
  snapshot: Snapshot | null;
}

export function timeline({ snapshots, provenance }: Pick<Manifest, 'snapshots' | 'provenance'>): Stop[] {
  const before = [...snapshots].sort((a, b) => a.step - b.step).filter((s) => s.step < provenance.step);
  return [
    ...before.map((s) => ({ fraction: s.fraction, step: s.step, snapshot: s })),
    { fraction: provenance.step / provenance.steps, step: provenance.step, snapshot: null },
  ];
}

/** The stop nearest to `percent` % of training (ties: the earlier one). */
export function nearestStop(stops: readonly Pick<Stop, 'fraction'>[], percent: number): number {
  let best = 0;
  stops.forEach((s, i) => {
    if (Math.abs(s.fraction * 100 - percent) < Math.abs(stops[best]!.fraction * 100 - percent)) best = i;
  });
  return best;
}

/** A stop's share of training as people read it: 0, 1, 5, 20, 87.5. */
export const percentOf = (stop: Pick<Stop, 'fraction'>) => Math.round(stop.fraction * 1000) / 10;
