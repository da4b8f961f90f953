/** Example sentences per task: each is checked by the grammar in a unit test. */
import type { TaskId } from '../data/tasks';

export const examples: Record<TaskId, string[]> = {
  'en-zh': [
    'Tom chased Jerry.',
    'Where is Tom?',
    "I'm very tired.",
    'There is a cat in the garden.',
    'What do you want?',
    'Tom chased Jerry quickly in the kitchen yesterday.',
    'Did Mary see the cat that John likes?',
    'Tom will not chase Jerry because the hungry dog saw him in the garden.',
    "Lily's clever student wrote three letters in the library this morning because her teacher helped him and they will visit Mary tomorrow.",
    'The dog that chased Jerry ate my cake at home yesterday but Tom and John did not see the big dog because they read books in the park.',
  ],
  dates: [
    'Wednesday, November 25, 2026',
    'the 25th of November, 2026',
    '25.11.2026',
    'Nov 25, 2026',
    '11/25/26',
    '2026年11月25日',
    'Thu 1 Jan 1970',
    '20261125',
    '25NOV2026',
    'Nov 25 26',
    'Wed Nov 25 2026',
  ],
};
