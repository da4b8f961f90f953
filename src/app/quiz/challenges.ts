/**
 * Predict's challenge set: sentences whose α is not a diagonal, so guessing "the next word along" fails
 * somewhere. A unit test checks each is inside its task's language and that the shipped model looks off
 * the diagonal on at least one row (challenges.model.test.ts).
 */
import type { TaskId } from '../../data/tasks';

export interface Challenge {
  task: TaskId;
  text: string;
}

export const challenges: readonly Challenge[] = [
  { task: 'en-zh', text: 'Tom chased Jerry quickly in the kitchen yesterday.' }, // time and place before the verb
  { task: 'en-zh', text: 'There is a cat in the garden.' }, // place first, 有
  { task: 'en-zh', text: 'What do you want?' }, // the wh-word stays in place
  { task: 'en-zh', text: 'Where is Tom?' },
  { task: 'en-zh', text: 'Did Mary see the cat that John likes?' }, // a relative clause's 的, 吗
  { task: 'en-zh', text: 'Tom ate three apples.' }, // 了 and a measure word
  { task: 'en-zh', text: 'Mary read a book in the library this morning.' },
  { task: 'dates', text: 'Wednesday, November 25, 2026' }, // the year first
  { task: 'dates', text: 'the 25th of November, 2026' },
  { task: 'dates', text: '25.11.2026' },
];

/** The challenge after the sentence on screen (the first when it is none of them). */
export function challengeAfter(task: TaskId, text: string): Challenge {
  const i = challenges.findIndex((c) => c.task === task && c.text === text);
  return challenges[(i + 1) % challenges.length]!;
}
