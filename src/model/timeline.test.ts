import { describe, expect, it } from 'vitest';
import { taskIds } from '../data/tasks';
import { loadShipped } from '../testing/shipped';
import { variants } from './config';
import { disposeModel } from './model';
import { nearestStop, percentOf, timeline } from './timeline';
import { loadSnapshotParams, modelDir } from '../cli/files';

const shipped = taskIds.flatMap((task) => variants.map((variant) => [task, variant] as const));

describe('timeline(manifest)', () => {
  for (const [task, variant] of shipped)
    it(`${task}/${variant}: starts at 0 % untrained, rises, and ends at the shipped weights`, async () => {
      const { model, manifest } = await loadShipped(task, variant);
      disposeModel(model);
      const stops = timeline(manifest);
      expect(stops[0]).toMatchObject({ fraction: 0, step: 0 });
      expect(stops[0]!.snapshot).not.toBeNull();
      stops.slice(1).forEach((s, i) => expect(s.step).toBeGreaterThan(stops[i]!.step));
      expect(stops.at(-1)).toEqual({
        fraction: manifest.provenance.step / manifest.provenance.steps,
        step: manifest.provenance.step,
        snapshot: null,
      });
    });

  it('nearestStop picks the stop closest to a percentage', () => {
    const stops = [0, 0.01, 0.05, 0.2, 0.5, 1].map((fraction) => ({ fraction, step: fraction * 100, snapshot: null }));
    expect([0, 3, 4, 30, 35, 36, 100, 250].map((p) => percentOf(stops[nearestStop(stops, p)]!))).toEqual([0, 1, 5, 20, 20, 50, 100, 100]);
  });
});

describe('the snapshots on the timeline', () => {
  for (const [task, variant] of shipped)
    it(`${task}/${variant}: each loads, matches its SHA-256 and has the shipped model's parameters and shapes`, async () => {
      const { model, manifest } = await loadShipped(task, variant);
      for (const stop of timeline(manifest)) {
        if (!stop.snapshot) continue;
        const params = await loadSnapshotParams(modelDir('pretrained', task, variant), stop.snapshot);
        expect(Object.keys(params).sort()).toEqual(Object.keys(model.params).sort());
        for (const [name, t] of Object.entries(params)) expect(t.shape, `${stop.snapshot.file} ${name}`).toEqual(model.params[name]!.shape);
        disposeModel({ ...model, params });
      }
      disposeModel(model);
    });
});
