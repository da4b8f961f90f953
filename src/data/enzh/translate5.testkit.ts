/** For tests: the reference translation of an English sentence at en-zh@5, tokens joined by spaces. */
import { check } from '../check';
import { enzhTask } from '../tasks';

export const zh5 = (english: string): string => {
  const c = check(enzhTask(5), english);
  if (c.kind !== 'ok') throw new Error(`${english}: ${c.kind === 'outside' ? c.reason.en : c.kind}`);
  return c.reference.join(' ');
};
