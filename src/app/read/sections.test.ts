import { describe, expect, it } from 'vitest';
import { check } from '../../data/check';
import { tasks } from '../../data/tasks';
import { READ_SECTIONS } from '../../core/choices';
import { readUrl, writeUrl } from '../urlState';
import { readSections, sectionAfter } from './sections';
import { keyCommand } from '../commands';
import { initialView } from '../view';

describe('the guided reading', () => {
  it('has READ_SECTIONS sections, each opening on a sentence of its task’s language', () => {
    expect(readSections).toHaveLength(READ_SECTIONS);
    for (const s of readSections) expect(check(tasks[s.task], s.text).kind).toBe('ok');
    expect(readSections.slice(0, 5).every((s) => s.task === 'en-zh')).toBe(true); // the article's five, unchanged
    expect(readSections[5]).toMatchObject({ id: 'queryKeyValue', task: 'dates', score: 'scaled-dot' });
  });

  it('sectionAfter clamps to 1…6 and moves one with next / back', () => {
    expect(sectionAfter(null, 'next')).toBe(1);
    expect(sectionAfter(6, 'next')).toBe(6);
    expect(sectionAfter(1, 'back')).toBe(1);
    expect(sectionAfter(2, 0)).toBe(1);
    expect(sectionAfter(2, 7)).toBe(6);
  });

  it('?read=N opens section N on its own sentence unless the link carries one; round-trips', () => {
    expect(readUrl('?read=3&lang=en')).toMatchObject({ read: 3, task: 'en-zh', text: readSections[2]!.text, mode: 'distracted' });
    expect(readUrl('?read=3&task=dates&text=Hi.&mode=both&lang=en')).toMatchObject({ read: 3, task: 'en-zh', text: 'Hi.', mode: 'both' });
    for (const bad of ['0', '7', 'x', '1.5', '03']) expect(readUrl(`?read=${bad}`).read).toBeNull();
    const v = readUrl('?read=2&lang=zh');
    expect(readUrl(writeUrl(v))).toEqual(v);
    const six = readUrl('?read=6&lang=en');
    expect(six).toMatchObject({ read: 6, task: 'dates', score: 'scaled-dot', text: readSections[5]!.text, step: 9 });
    expect(readUrl(writeUrl(six))).toEqual(six);
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
