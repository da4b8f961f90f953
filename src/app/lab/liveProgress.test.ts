import { describe, expect, it } from 'vitest';
import type { LiveReport } from '../../live/messages';
import { curvePoints, foldReport, MAX_DOTS, MAX_POINTS, noProgress } from './liveProgress';

const report = (r: Partial<LiveReport>): LiveReport => ({
  type: 'progress',
  seed: 1,
  step: 0,
  seconds: 0,
  training: true,
  points: [],
  heldOut: null,
  trace: null,
  firstRight: null,
  ...r,
});
const points = (from: number, n: number) => Array.from({ length: n }, (_, k) => ({ step: from + k + 1, loss: 1, accuracy: 0.5 }));

describe('foldReport(progress, report)', () => {
  it('appends the curves and held-out scores of one run, one score per step', () => {
    let p = foldReport(noProgress, report({ step: 5, points: points(0, 5) }));
    p = foldReport(p, report({ step: 10, points: points(5, 5), heldOut: 0.2 }));
    p = foldReport(p, report({ step: 10, points: [], heldOut: 0.3, training: false }));
    expect(p.points.map((q) => q.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(p.heldOut).toEqual([{ step: 10, exact: 0.3 }]);
    expect(p).toMatchObject({ step: 10, training: false });
  });

  it('a reset or another seed starts the curves over', () => {
    const p = foldReport(noProgress, report({ step: 50, points: points(0, 50), heldOut: 0.5 }));
    expect(foldReport(p, report({ step: 0 })).points).toEqual([]);
    expect(foldReport(p, report({ seed: 2, step: 5, points: points(0, 5) })).points).toHaveLength(5);
    expect(foldReport(p, report({ seed: 2, step: 5 })).heldOut).toEqual([]);
  });

  it(`keeps at most ${MAX_POINTS} points however long the run, from its start to its latest step`, () => {
    let p = noProgress;
    for (let s = 0; s < 5000; s += 5) p = foldReport(p, report({ step: s + 5, points: points(s, 5) }));
    expect(p.points.length).toBeLessThanOrEqual(MAX_POINTS);
    expect(p.points.length).toBeGreaterThan(MAX_POINTS / 2);
    expect(p.points.at(-1)!.step).toBeGreaterThan(5000 - p.stride);
    expect(curvePoints(p).at(-1)!.step).toBe(5000);
    expect(p.points[0]!.step).toBe(p.stride);
    const gaps = new Set(p.points.slice(1).map((q, i) => q.step - p.points[i]!.step));
    expect([...gaps]).toEqual([p.stride]); // evenly along the run
    expect(p.latest!.step).toBe(5000);
  });

  it(`draws at most ${MAX_DOTS} held-out dots after 20 000 steps, evenly along the run, the latest among them`, () => {
    // As the worker reports: a chunk of 5 steps each time, a held-out score every 50 steps, and a pause now and then.
    let p = noProgress;
    for (let s = 0; s < 20_000; s += 5) {
      const step = s + 5;
      p = foldReport(p, report({ step, points: points(s, 5), heldOut: step % 50 === 0 || step % 1_235 === 0 ? step / 20_000 : null }));
    }
    expect(p.heldOut.length).toBeLessThanOrEqual(MAX_DOTS);
    expect(p.heldOut.length).toBeGreaterThan(MAX_DOTS / 2);
    expect(p.heldOut.at(-1)).toEqual({ step: 20_000, exact: 1 });
    // Evenly along the run, from its start (a pause's score stays only if it falls on the grid).
    const scheduled = p.heldOut.filter((h) => h.step % 50 === 0);
    const gaps = new Set(scheduled.slice(1).map((h, i) => h.step - scheduled[i]!.step));
    expect([...gaps]).toEqual([scheduled[0]!.step]);
    // The latest score stays on screen when it falls between the grid's steps (a pause at step 20 003).
    p = foldReport(p, report({ step: 20_003, points: points(20_000, 3), heldOut: 0.5 }));
    expect(p.heldOut.at(-1)).toEqual({ step: 20_003, exact: 0.5 });
    expect(p.heldOut.length).toBeLessThanOrEqual(MAX_DOTS);
  });
});
