/**
 * The checker's time on what it sees while someone types (every word-by-word prefix of the en-zh test
 * sentences, as bench/main.ts's `checker` times them in the browser), in Node, per length bucket.
 * `--dump FILE`: also writes every verdict (prefixes, whole sentences, broken variants) as JSON lines,
 * to compare two versions of the checker. Usage: node scripts/run.mjs scripts/checkerTimes.ts [--version 5] [--per 40] [--dump f]
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { check } from '../src/data/check';
import { defaultCorpus, makeCorpus } from '../src/data/corpus';
import type { EnzhVersion } from '../src/data/enzh/lexicon';
import { rng } from '../src/data/rng';
import { buckets, enzhTask } from '../src/data/tasks';

const { values: opts } = parseArgs({
  args: process.argv.slice(2),
  options: {
    version: { type: 'string', default: '5' },
    per: { type: 'string', default: '40' },
    dump: { type: 'string' },
    repeat: { type: 'string', default: '1' },
  },
});
const task = enzhTask(Number(opts.version) as EnzhVersion);
const test = makeCorpus(task, { ...defaultCorpus['en-zh'], train: 0, validation: 0 }).test;
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

const lines: string[] = [];
let total = 0;
for (const [lo, hi] of buckets) {
  const sentences = test.filter((e) => e.source.length >= lo && e.source.length <= hi).slice(0, Number(opts.per));
  const prefixes: number[] = [];
  for (let rep = 0; rep < Number(opts.repeat); rep++)
    for (const e of sentences) {
      const words = e.source.slice(0, -1);
      for (let k = 1; k < words.length; k++) {
        const text = task.showSource(words.slice(0, k));
        const t0 = performance.now();
        const c = check(task, text);
        prefixes.push(performance.now() - t0);
        if (opts.dump && rep === 0) lines.push(JSON.stringify([text, c]));
      }
    }
  total += prefixes.reduce((a, b) => a + b, 0);
  console.log(
    `en-zh@${opts.version} ${lo}–${hi}: ${prefixes.length} prefixes, p50 ${quantile(prefixes, 0.5).toFixed(1)} ms, p95 ${quantile(prefixes, 0.95).toFixed(1)} ms`,
  );
}
console.log(`total ${total.toFixed(0)} ms`);

if (opts.dump) {
  // Whole sentences as typed, and broken variants (two words swapped, one dropped, one repeated).
  const random = rng(11);
  for (const e of test) {
    const words = e.source.slice(0, -1);
    const i = Math.floor(random() * words.length);
    const j = Math.floor(random() * words.length);
    const swapped = [...words];
    [swapped[i], swapped[j]] = [swapped[j]!, swapped[i]!];
    for (const v of [words, swapped, [...words.slice(0, i), ...words.slice(i + 1)], [...words.slice(0, i), words[j]!, ...words.slice(i)]]) {
      const text = task.showSource(v);
      lines.push(JSON.stringify([text, check(task, text)]));
    }
  }
  writeFileSync(opts.dump, lines.join('\n') + '\n');
  console.log(`${lines.length} verdicts → ${opts.dump}`);
}
