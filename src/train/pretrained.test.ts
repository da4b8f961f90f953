import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Example } from '../data/sample';
import { bucketOf, type TaskId } from '../data/tasks';
import { evaluate } from '../model/evaluate';
import { disposeModel } from '../model/model';
import { loadModel } from './files';

/** A fixed sample of the shipped test split (the one the weights were trained beside): its first 50 sentences of each length bucket. */
function sample(task: TaskId) {
  const test = (JSON.parse(readFileSync(`pretrained/${task}/test.json`, 'utf8')) as { examples: Example[] }).examples;
  const seen = [0, 0, 0, 0];
  return test.filter((e) => seen[bucketOf(e.source.length)]!++ < 50);
}

describe('the shipped weights', () => {
  it('en-zh attention: ≥ 99 % exact overall, ≥ 97 % on 31–45 tokens, ≥ 95 % alignment agreement (fixed sample)', async () => {
    const { model, manifest } = await loadModel('pretrained/en-zh/attention');
    expect(manifest.provenance.dataVersion).toMatch(/en-zh@\d/);
    const m = await evaluate(model, sample('en-zh'));
    expect(m.exact).toBeGreaterThanOrEqual(0.99);
    expect(m.byLength[3]!.exact).toBeGreaterThanOrEqual(0.97);
    expect(m.alignment!).toBeGreaterThanOrEqual(0.95);
    disposeModel(model);
  });

  it('dates attention: ≥ 99.5 % exact, ≥ 95 % alignment agreement (fixed sample)', async () => {
    const { model, manifest } = await loadModel('pretrained/dates/attention');
    expect(manifest.provenance.dataVersion).toMatch(/dates@2/); // trained on the grown grammar
    const m = await evaluate(model, sample('dates'));
    expect(m.exact).toBeGreaterThanOrEqual(0.995);
    expect(m.alignment!).toBeGreaterThanOrEqual(0.95);
    disposeModel(model);
  });

  it('the distracted models load, translate short sentences well, and collapse on long ones', async () => {
    const { model } = await loadModel('pretrained/en-zh/distracted');
    const m = await evaluate(model, sample('en-zh'));
    expect(m.alignment).toBeNull();
    expect(m.byLength[0]!.exact).toBeGreaterThan(0.8);
    expect(m.byLength[3]!.exact).toBeLessThan(m.byLength[0]!.exact);
    disposeModel(model);
  });

  it('refuse weights whose SHA-256 differs from the manifest', async () => {
    const { mkdtempSync, cpSync, writeFileSync, readFileSync } = await import('node:fs');
    const dir = mkdtempSync('.cache/tampered-');
    cpSync('pretrained/dates/attention', dir, { recursive: true });
    const bytes = readFileSync(`${dir}/weights.bin`);
    bytes[100] = bytes[100]! ^ 0xff;
    writeFileSync(`${dir}/weights.bin`, bytes);
    await expect(loadModel(dir)).rejects.toThrow(/SHA-256/);
  });
});
