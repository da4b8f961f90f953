import { describe, expect, it } from 'vitest';
import { check } from '../data/check';
import { charactersOf, dateCharacters, formats } from '../data/dates/datesGrammar';
import { formatOf } from '../data/dates/formatOf';
import { rng } from '../data/rng';
import { sample } from '../data/sample';
import { tasks } from '../data/tasks';
import { liveExample, liveFormatNames, liveProfile, liveTask, liveVocab } from './task';

describe('the live task', () => {
  const drawn = Array.from(
    { length: 600 },
    (
      (random) => () =>
        sample(liveTask.grammar, random, liveProfile)
    )(rng(5)),
  );

  it('is the dates language written in its three formats only, each of them drawn', () => {
    const seen = new Set(drawn.map((e) => formatOf(e.source)?.format));
    expect([...seen].sort()).toEqual([...liveFormatNames].sort());
  });

  it('translates every date as the full dates language does', () => {
    for (const e of drawn.slice(0, 100)) {
      const c = check(tasks.dates, e.source.join(''));
      expect(c.kind === 'ok' && c.reference.join('')).toBe(e.target.join(''));
    }
  });

  it('has a fixed vocabulary holding every character it reads and writes', () => {
    for (const e of drawn) {
      for (const c of e.source) expect(liveVocab.source).toContain(c);
      for (const c of e.target) expect(liveVocab.target).toContain(c);
    }
  });

  it('checks typed dates against the three formats: the example is in, other formats are out with a reason', () => {
    const ok = check(liveTask, liveExample);
    expect(ok.kind === 'ok' && ok.reference.join('')).toBe('2026-11-25');
    expect(check(liveTask, 'November 25, 2026').kind).toBe('ok');
    expect(check(liveTask, '2026/11/25').kind).not.toBe('ok');
    expect(check(liveTask, 'thu 25 nov 2026').kind).not.toBe('ok');
  });
});

describe('charactersOf(formats)', () => {
  it('gives the dates language the characters it had: every template character and every field written out', () => {
    const fieldTexts = [
      '0123456789',
      'stndrdth',
      ...'january february march april may june july august september october november december'.split(' '),
    ];
    const old = new Set(
      [
        ...formats.flatMap((f) => f.templates.map((t) => t.replace(/\{[a-z]+\}/g, ''))),
        ...fieldTexts,
        'sunday monday tuesday wednesday thursday friday saturday',
      ].flatMap((s) => [...s]),
    );
    expect([...dateCharacters].sort()).toEqual([...old].sort());
    expect([...charactersOf(formats.slice(0, 1))].sort().join('')).toBe(' 0123456789abcdefghijlmnoprstuvy'); // '{d} {month} {yyyy}'
  });
});
