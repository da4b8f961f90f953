import { describe, expect, it } from 'vitest';
import { taskIds } from '../../data/tasks';
import { scoreModels } from '../scores';
import { disposeModel } from '../../model/model';
import { translate } from '../../model/translate';
import { loadShipped, shippedTestSplit } from '../../testing/shipped';
import { modelAt } from './snapshots';

/** Every shipped model: the attention model of each score a task has (each with its own timeline), and the twin. */
const shipped = taskIds.flatMap((task) =>
  [...Object.values(scoreModels(task)), 'distracted' as const].map((name) => [task, name] as const),
);

describe('the timeline at 100 % is the shipped model (its best step, where the slider ends)', () => {
  for (const [task, variant] of shipped)
    it(`${task}/${variant}: the 100 % stop runs the shipped weights themselves, fetching nothing`, async () => {
      const { model, manifest } = await loadShipped(task, variant);
      const files = () => {
        throw new Error('nothing should be fetched at 100 %');
      };
      const { model: at, at: stop } = await modelAt(`${task}/${variant}`, { model, manifest }, 100, files);
      expect(at).toBe(model);
      expect(stop).toMatchObject({ step: manifest.provenance.step, shipped: true });
      const e = shippedTestSplit(task)[0]!;
      expect((await translate(at, e.source)).tokens).toEqual((await translate(model, e.source)).tokens);
      disposeModel(model);
    });
});
