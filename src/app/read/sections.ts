/**
 * The guided reading (导读): the article's story in five sections, each with the sentence, model and
 * step its live widget opens on. Entering a section sets these (through `reduceView`); what the reader
 * then tries inside the section stays there until they move on.
 */
import { READ_SECTIONS, type Mode } from '../../core/choices';
import { lesson } from '../lesson';

export type SectionId = 'selective' | 'encoderDecoder' | 'distracted' | 'softAttention' | 'context';

export interface ReadSection {
  id: SectionId;
  text: string;
  mode: Mode;
  /** The decoding step shown on entry (null = the whole translation). */
  step: number | null;
}

/** The article's example (it writes “Tom chase Jerry”; our grammar wants the past tense). */
export const articleSentence = 'Tom chased Jerry.';
/** A long sentence of the lesson, where one fixed C runs out of room. */
export const longSentence = lesson.find((s) => s.mode === 'both')!.text;

export const readSections: readonly ReadSection[] = [
  { id: 'selective', text: articleSentence, mode: 'attention', step: null },
  { id: 'encoderDecoder', text: articleSentence, mode: 'distracted', step: 1 },
  { id: 'distracted', text: longSentence, mode: 'distracted', step: null },
  { id: 'softAttention', text: articleSentence, mode: 'attention', step: null },
  { id: 'context', text: articleSentence, mode: 'attention', step: 1 },
];

export { READ_SECTIONS };

/** Where `to` leads from section `from` (null = not reading): a number is clamped to 1…5; next and back move one. */
export function sectionAfter(from: number | null, to: number | 'next' | 'back'): number {
  const at = from ?? 0;
  const n = to === 'next' ? at + 1 : to === 'back' ? Math.max(1, at - 1) : to;
  return Math.max(1, Math.min(READ_SECTIONS, Math.round(n)));
}
