/**
 * What the Train live panel shows, folded from the worker's reports: the curves and the held-out
 * scores (both thinned as a run grows long, so drawing them costs the same at step 50 and at step
 * 50 000), the example's latest trace and when it first came out right. Pure, so the tests can feed it
 * reports.
 */
import type { LiveReport } from '../../live/messages';
import type { LivePoint } from '../../live/trainer';

export const MAX_POINTS = 400;
/** Held-out dots (one every 50 steps, and one at each pause) drawn at most. */
export const MAX_DOTS = 100;

export type LiveProgress = Omit<LiveReport, 'type' | 'points' | 'heldOut' | 'seed'> & {
  seed: number | null;
  /** Every `stride`-th step's point, evenly along the run. */
  points: LivePoint[];
  stride: number;
  /** The latest step's point (the status line's loss). */
  latest: LivePoint | null;
  /** Held-out scores at every `dotStride`-th step, and the latest one wherever it fell. */
  heldOut: { step: number; exact: number }[];
  dotStride: number;
};

export const noProgress: LiveProgress = {
  seed: null,
  step: 0,
  seconds: 0,
  training: false,
  points: [],
  stride: 1,
  latest: null,
  heldOut: [],
  dotStride: 1,
  trace: null,
  firstRight: null,
};

export function foldReport(p: LiveProgress, r: LiveReport): LiveProgress {
  // A new run (a reset, or another seed): the old curves belong to the old weights.
  const base = r.seed !== p.seed || r.step < p.step ? noProgress : p;
  // Too many points to draw: keep every other step of those kept so far, and so on; the curve keeps its shape.
  let stride = base.stride;
  let points = [...base.points, ...r.points.filter((q) => q.step % stride === 0)];
  while (points.length > MAX_POINTS) {
    stride *= 2;
    points = points.filter((q) => q.step % stride === 0);
  }
  // The dots likewise; the latest score is always shown, and replaced by the next unless it is on the grid.
  let dotStride = base.dotStride;
  let heldOut = base.heldOut;
  if (r.heldOut !== null) {
    const onGrid = (h: { step: number }) => h.step % dotStride === 0 && h.step !== r.step;
    heldOut = [...heldOut.filter(onGrid), { step: r.step, exact: r.heldOut }];
    while (heldOut.length > MAX_DOTS) {
      dotStride *= 2;
      heldOut = [...heldOut.filter(onGrid), heldOut.at(-1)!];
    }
  }
  return {
    seed: r.seed,
    step: r.step,
    seconds: r.seconds,
    training: r.training,
    points,
    stride,
    latest: r.points.at(-1) ?? base.latest,
    heldOut,
    dotStride,
    trace: r.trace,
    firstRight: r.firstRight,
  };
}

/** The points to draw: those kept, and the latest step's, so the curve reaches where training is. */
export const curvePoints = (p: LiveProgress): LivePoint[] =>
  p.latest && p.latest.step !== p.points.at(-1)?.step ? [...p.points, p.latest] : p.points;
