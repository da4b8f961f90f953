/**
 * Fixed expressions are lexicon entries, like words: `how are you?` → 你好吗？ is not composed from its
 * words (the grammar's `how are they?` → 他们怎么样？ is). Each takes only a few distinct sentences
 * (its marks, an optional name), and the corpus holds each sentence once and keeps test sentences out
 * of training, so the test split took the bare `how are you ?` and the model read it word by word
 * (你怎么样？). Training therefore also sees every expression alone with each of its marks, `copies`
 * times, as a dictionary would list it. The test split is unchanged.
 */
import { check } from '../data/check';
import type { Example } from '../data/sample';
import type { Task } from '../data/tasks';

/** `phrases` alone with each final mark the language accepts for them, as examples (reference and gold links from the grammar). */
export function drills(task: Task, phrases: readonly string[], copies: number): Example[] {
  const marks = task.finalMarks?.marks ?? [];
  return phrases.flatMap((phrase) =>
    marks.flatMap((mark) => {
      const c = check(task, `${phrase} ${mark}`);
      if (c.kind !== 'ok') return [];
      const example: Example = { source: c.tokens.tokens, target: c.reference, links: c.links };
      return Array<Example>(copies).fill(example);
    }),
  );
}
