/**
 * The guided reading (导读): the article's story in five sections, then a sixth from C_i to queries, keys
 * and values, each with the task, sentence, model and step its live widget opens on. Entering a section sets these (through `reduceView`); what the reader
 * then tries inside the section stays there until they move on.
 */
import { READ_SECTIONS, type Mode } from '../../core/choices';
import type { TaskId } from '../../data/tasks';
import type { Score } from '../../model/config';
import { lesson } from '../lesson';

export type SectionId = 'selective' | 'encoderDecoder' | 'distracted' | 'softAttention' | 'context' | 'queryKeyValue';

export interface ReadSection {
  id: SectionId;
  task: TaskId;
  /** The attention model's score (tasks with scores only; absent: the view's own). */
  score?: Score;
  text: string;
  mode: Mode;
  /** The decoding step shown on entry (null = the whole translation). */
  step: number | null;
}

/** The article's example (it writes “Tom chase Jerry”; our grammar wants the past tense). */
export const articleSentence = 'Tom chased Jerry.';
/** A long sentence of the lesson, where one fixed C runs out of room. */
export const longSentence = lesson.find((s) => s.mode === 'both')!.text;

/** Section 6's date, read by the scaled dot-product model; its step 9 writes the day's first digit. */
export const qkvDate = 'Nov 25, 2026';

export const readSections: readonly ReadSection[] = [
  { id: 'selective', task: 'en-zh', text: articleSentence, mode: 'attention', step: null },
  { id: 'encoderDecoder', task: 'en-zh', text: articleSentence, mode: 'distracted', step: 1 },
  { id: 'distracted', task: 'en-zh', text: longSentence, mode: 'distracted', step: null },
  { id: 'softAttention', task: 'en-zh', text: articleSentence, mode: 'attention', step: null },
  { id: 'context', task: 'en-zh', text: articleSentence, mode: 'attention', step: 1 },
  { id: 'queryKeyValue', task: 'dates', score: 'scaled-dot', text: qkvDate, mode: 'attention', step: 9 },
];

export { READ_SECTIONS };

/** Where `to` leads from section `from` (null = not reading): a number is clamped to 1…READ_SECTIONS; next and back move one. */
export function sectionAfter(from: number | null, to: number | 'next' | 'back'): number {
  const at = from ?? 0;
  const n = to === 'next' ? at + 1 : to === 'back' ? Math.max(1, at - 1) : to;
  return Math.max(1, Math.min(READ_SECTIONS, Math.round(n)));
}
