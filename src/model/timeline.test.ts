import type * as tf from '@tensorflow/tfjs-core';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { taskIds } from '../data/tasks';
import { loadShipped, shippedTestSplit } from '../testing/shipped';
import { loadSnapshotParams, modelDir } from '../train/files';
import { variants } from './config';
import { disposeModel } from './model';
import { nearestStop, percentOf, timeline } from './timeline';
import { translate } from './translate';

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

describe('the snapshot at 100 % equals the shipped model, where training’s last step was its best', () => {
  it('its dequantised weights are the shipped weights to uint8 precision, and it translates test sentences the same', async () => {
    let checked = 0;
    for (const [task, variant] of shipped) {
      const { model, manifest } = await loadShipped(task, variant);
      const last = manifest.snapshots.find((s) => s.fraction === 1 && s.step === manifest.provenance.step);
      if (!last) {
        disposeModel(model);
        continue; // the run's best step (the shipped one) came before its end: that 100 % is not on the timeline
      }
      const params = await loadSnapshotParams(modelDir('pretrained', task, variant), last);
      const specs = JSON.parse(readFileSync(`pretrained/${task}/${variant}/snapshots/specs.json`, 'utf8')) as tf.io.WeightsManifestEntry[];
      for (const spec of specs) {
        const [a, b] = [model.params[spec.name]!.dataSync(), params[spec.name]!.dataSync()];
        const halfStep = spec.quantization!.scale! / 2; // uint8 rounding; the shipped float16 adds |x|·2⁻¹¹
        a.forEach((x, i) =>
          expect(Math.abs(x - b[i]!), `${task}/${variant} ${spec.name}[${i}]`).toBeLessThanOrEqual(halfStep + Math.abs(x) / 2048 + 1e-6),
        );
      }
      const snapshot = { ...model, params };
      for (const e of shippedTestSplit(task).slice(0, 10))
        expect((await translate(snapshot, e.source)).tokens, `${task}/${variant}`).toEqual((await translate(model, e.source)).tokens);
      disposeModel(model);
      disposeModel(snapshot);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });
});
