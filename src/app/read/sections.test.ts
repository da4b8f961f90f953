import { describe, expect, it } from 'vitest';
import { check } from '../../data/check';
import { tasks } from '../../data/tasks';
import { READ_SECTIONS } from '../../core/choices';
import { readUrl, writeUrl } from '../urlState';
import { readSections, sectionAfter } from './sections';
import { keyCommand } from '../commands';
import { initialView } from '../view';

describe('the guided reading', () => {
  it('has READ_SECTIONS sections, each opening on a sentence of the language', () => {
    expect(readSections).toHaveLength(READ_SECTIONS);
    for (const s of readSections) expect(check(tasks['en-zh'], s.text).kind).toBe('ok');
  });

  it('sectionAfter clamps to 1…5 and moves one with next / back', () => {
    expect(sectionAfter(null, 'next')).toBe(1);
    expect(sectionAfter(5, 'next')).toBe(5);
    expect(sectionAfter(1, 'back')).toBe(1);
    expect(sectionAfter(2, 0)).toBe(1);
    expect(sectionAfter(2, 7)).toBe(5);
  });

  it('?read=N opens section N on its own sentence unless the link carries one; round-trips', () => {
    expect(readUrl('?read=3&lang=en')).toMatchObject({ read: 3, task: 'en-zh', text: readSections[2]!.text, mode: 'distracted' });
    expect(readUrl('?read=3&task=dates&text=Hi.&mode=both&lang=en')).toMatchObject({ read: 3, task: 'en-zh', text: 'Hi.', mode: 'both' });
    for (const bad of ['0', '6', 'x', '1.5', '03']) expect(readUrl(`?read=${bad}`).read).toBeNull();
    const v = readUrl('?read=2&lang=zh');
    expect(readUrl(writeUrl(v))).toEqual(v);
  });

  it('keys: arrows and Page Up / Down (a clicker) move only while reading; R opens and leaves', () => {
    const reading = { ...initialView(readUrl('?read=2&lang=en')), projector: true };
    const exploring = initialView(readUrl('?lang=en'));
    const key = (k: string, view = reading) => keyCommand(k, view, { typing: false, inGrid: false })?.command ?? null;
    expect(key('ArrowRight')).toEqual({ command: 'setRead', section: 'next' });
    expect(key('PageDown')).toEqual({ command: 'setRead', section: 'next' }); // the reading's, not the projector's step
    expect(key('PageUp')).toEqual({ command: 'setRead', section: 'back' });
    expect(key('ArrowLeft', exploring)).toBeNull();
    expect(key('r', exploring)).toEqual({ command: 'setRead', section: 1 });
    expect(key('R')).toEqual({ command: 'setRead', section: null });
  });
});
