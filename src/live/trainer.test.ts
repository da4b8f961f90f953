import { describe, expect, it } from 'vitest';
import { liveExample, liveTask } from './task';
import { startLiveRun } from './trainer';

const example = liveTask.tokenize(liveExample).tokens;

describe('startLiveRun({ seed })', () => {
  it('the same seed gives the same run; another seed, another', async () => {
    const losses = async (seed: number) => {
      const run = startLiveRun({ seed });
      const l = (await run.train(3)).map((p) => p.loss);
      run.dispose();
      return l;
    };
    const a = await losses(4);
    expect(await losses(4)).toEqual(a);
    expect(await losses(5)).not.toEqual(a);
  });

  it('learns: the example comes out right within 150 steps, most held-out dates too', async () => {
    const run = startLiveRun({ seed: 1 });
    const untrained = await run.translate(example);
    // Before training α is close to uniform: no row puts more than half its weight on one character.
    expect(Math.max(...untrained.alpha!.flat())).toBeLessThan(0.5);
    let right = 0;
    while (run.step < 150 && !right) {
      await run.train(10);
      if ((await run.translate(example)).tokens.join('') === '2026-11-25') right = run.step;
    }
    expect(right).toBeGreaterThan(0);
    await run.train(150 - run.step);
    expect(await run.heldOut()).toBeGreaterThan(0.7);
    // And α has found the fields: the year's digits look at the year.
    const trace = await run.translate(example);
    const yearRows = trace.alpha!.slice(0, 4);
    for (const row of yearRows) expect(row.indexOf(Math.max(...row))).toBeGreaterThanOrEqual(example.length - 4);
    run.dispose();
  });
});
