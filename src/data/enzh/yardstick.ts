/**
 * The yardstick (issue 27): 300 everyday sentences written the way a new user types them (yardstick.txt,
 * our own, from no corpus). `npm run yardstick` measures how many each version of the language holds;
 * from version 5 on, the trainer keeps them out of every split, so the measure stays honest.
 */
import { check } from '../check';
import { heldOutKey } from '../corpus';
import type { Task } from '../tasks';

/** Where the sentences are, from the repository's root (read by Node tools and tests only). */
export const YARDSTICK_FILE = 'src/data/enzh/yardstick.txt';

/** One sentence per line; blank lines are skipped. */
export const yardstickLines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** The sentences as the corpus compares them (see `heldOutKey`): what training must never hold. */
export const heldOutSentences = (task: Task, lines: readonly string[]): Set<string> =>
  new Set(lines.map((l) => heldOutKey(task, task.tokenize(l).tokens)));

/** Length classes, in words as typed (contractions expanded, marks not counted). */
export const lengthClasses: [number, number][] = [
  [1, 2],
  [3, 4],
  [5, 6],
  [7, 8],
  [9, 45],
];

export interface YardstickReport {
  total: number;
  /** Sentences the language holds (the checker says `ok`). */
  inside: number;
  /** Per length class: sentences and how many are inside. */
  byLength: { words: [number, number]; total: number; inside: number }[];
  /** Words the language doesn't know, with the number of sentences each stopped, most often met first. */
  unknown: [string, number][];
  /** Sentences of known words outside the language, by the word where the grammar stopped. */
  stuckAt: [string, number][];
  /** The sentences outside, as typed. */
  outside: string[];
}

const counted = (counts: Map<string, number>) => [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

/** How much of the yardstick `task` holds. */
export function measureYardstick(task: Task, lines: readonly string[]): YardstickReport {
  const byLength = lengthClasses.map((words) => ({ words, total: 0, inside: 0 }));
  const unknown = new Map<string, number>();
  const stuckAt = new Map<string, number>();
  const outside: string[] = [];
  let inside = 0;
  for (const line of lines) {
    const c = check(task, line);
    const words = task.tokenize(line).tokens.filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
    const bucket = byLength.find(({ words: [lo, hi] }) => words >= lo && words <= hi) ?? byLength.at(-1)!;
    bucket.total++;
    if (c.kind === 'ok') {
      inside++;
      bucket.inside++;
      continue;
    }
    outside.push(line);
    if (c.kind === 'unknown') for (const t of new Set(c.unknown.map((u) => u.token))) unknown.set(t, (unknown.get(t) ?? 0) + 1);
    if (c.kind === 'outside') {
      const at = c.tokens.tokens[c.at] ?? '(end)';
      stuckAt.set(at, (stuckAt.get(at) ?? 0) + 1);
    }
  }
  return { total: lines.length, inside, byLength, unknown: counted(unknown), stuckAt: counted(stuckAt), outside };
}
