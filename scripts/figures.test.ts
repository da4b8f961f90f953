import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blocksIn, duration, fill, int, pct, readSources, render } from './figures';

const readme = readFileSync('README.md', 'utf8');
const sources = readSources();
/** The README as npm run docs would write it now (Prettier takes a second or two: written once). */
const rendered = render(readme, sources);

describe("the README's figures come from the shipped manifests, metrics and bench results (npm run docs)", () => {
  it('every block in README.md is what npm run docs writes from the files now', async () => {
    const now = blocksIn(await rendered);
    const shown = blocksIn(readme);
    expect(Object.keys(shown).sort()).toEqual(Object.keys(now).sort());
    for (const name of Object.keys(now)) expect(shown[name], `README.md's block "${name}": run npm run docs`).toBe(now[name]);
  });

  it('npm run docs leaves README.md as it is when nothing changed (idempotent, Prettier-formatted)', async () => {
    const once = await rendered;
    expect(await render(once, sources)).toBe(once);
  });

  it('a figure changed by hand inside a block is written back from the files', async () => {
    const table = blocksIn(readme).training!;
    const edited = readme.replace(table, table.replace(/\d+\.\d %/, '12.3 %'));
    expect(edited).not.toBe(readme);
    expect(blocksIn(await render(edited, sources)).training).toBe(blocksIn(await rendered).training);
  });

  it('the en-zh notes tell the word check on fresh sentences when metrics.json holds one (npm run eval -- --words N)', async () => {
    const score = (word: string, right: number, sentences: number) => ({ word, right, sentences });
    const wordCheck = {
      sentences: 10_000,
      exact: 0.991,
      words: 3_900,
      scored: 2_100,
      below: [score('sister', 9, 10)],
      worst: [score('sister', 9, 10), score('board', 30, 31), score('the', 5_000, 5_000)],
    };
    const withCheck = { ...sources, metrics: { ...sources.metrics, 'en-zh': { ...sources.metrics['en-zh'], wordCheck } } };
    const notes = blocksIn(await render(readme, withCheck))['enzh-notes']!;
    expect(notes).toContain('On 10 000 fresh sentences in no split (`npm run eval -- --words 10000`), the attention model is 99.1 % exact');
    expect(notes).toContain('2 100 in at least 10, and 1 of those is right in fewer than 95 % of them (`sister` 9/10)');
    expect(notes).toContain('the least right: `sister` 9/10, `board` 30/31.');
    expect(blocksIn(await rendered)['enzh-notes']).not.toContain('fresh sentences');
  });

  it('fill replaces only what lies between the markers, inline or on lines of their own', () => {
    const text = 'a <!-- figures:x -->old<!-- /figures --> b\n\n<!-- figures:y -->\n\nold\n\n<!-- /figures -->\n';
    expect(fill(text, { x: 'new', y: 'NEW' })).toBe(
      'a <!-- figures:x -->new<!-- /figures --> b\n\n<!-- figures:y -->\n\nNEW\n\n<!-- /figures -->\n',
    );
  });

  it('fill refuses a block it has no figure for, and a figure with no block', () => {
    expect(() => fill('<!-- figures:x -->1<!-- /figures -->', {})).toThrow(/"x"/);
    expect(() => fill('no blocks', { x: '1' })).toThrow(/no block for: x/);
  });

  it('writes numbers as the README does', () => {
    expect([int(1107), int(14250), int(120000), int(64)]).toEqual(['1 107', '14 250', '120 000', '64']);
    expect([pct(0.996), pct(1), pct(0.0)]).toEqual(['99.6 %', '100.0 %', '0.0 %']);
    expect([duration(116), duration(268), duration(3065), duration(4620), duration(42)]).toEqual([
      '1 min 56 s',
      '4 min 28 s',
      '51 min',
      '1 h 17 min',
      '42 s',
    ]);
  });
});
