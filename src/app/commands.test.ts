import { describe, expect, it } from 'vitest';
import { lesson } from './lesson';
import { defaultText } from './urlState';
import { readSections } from './read/sections';
import fc from 'fast-check';
import { MAX_CHARS } from '../data/check';
import { nasty } from '../data/fuzzInputs';
import { taskIds } from '../data/tasks';
import { commandTable, hostCommands, keyCommand, parseCommand, reduceView, type ViewCommand } from './commands';
import { dictionaries } from './i18n';
import { READ_SECTIONS } from '../core/choices';
import { viewParams } from './urlState';
import { initialView, shownStep, type View } from './view';

const start = initialView({
  task: 'en-zh',
  text: 'Tom chased Jerry.',
  mode: 'attention',
  score: 'additive',
  compare: false,
  step: null,
  lang: 'en',
  gold: false,
  projector: false,
  theme: 'light',
  snapshot: null,
  read: null,
  quiz: false,
});
/** The runtime's report that a translation of `total` output tokens arrived. */
const arrived = (total: number): ViewCommand => ({
  command: 'tracesArrived',
  traces: { attention: { source: ['tom'], tokens: Array(total).fill('x'), alpha: null, at: null } },
});
const next = (v: View, c: ViewCommand) => reduceView(v, c).view;
/** Runs commands one after another, on a translation of `total` output tokens. */
const run = (commands: ViewCommand[], total = 5, view: View = start) => commands.reduce(next, next(view, arrived(total)));
/** A key's command in projector mode. */
const projectorKey = (key: string) => keyCommand(key, { ...start, projector: true }, { typing: false, inGrid: false })?.command ?? null;

describe('reduceView(view, command)', () => {
  it('steps next, back, first and last within 1…total, and stepping pauses playback', () => {
    expect(shownStep(start, 5)).toBe(5);
    expect(run([{ command: 'step', step: 'back' }]).step).toBe(4);
    expect(run([{ command: 'step', step: 'next' }]).step).toBe(5);
    expect(
      run([
        { command: 'step', step: 'first' },
        { command: 'step', step: 'back' },
      ]).step,
    ).toBe(1);
    expect(run([{ command: 'step', step: 'last' }]).step).toBe(5);
    expect(run([{ command: 'step', step: 999 }]).step).toBe(5);
    expect(run([{ command: 'step', step: -3 }]).step).toBe(1);
    expect(run([{ command: 'play' }, { command: 'step', step: 2 }]).playing).toBe(false);
  });

  it('play starts from step 1 when the whole translation shows; ticks advance and stop at the end', () => {
    let v = run([{ command: 'play' }]);
    expect([v.step, v.playing]).toEqual([1, true]);
    v = run([{ command: 'tick' }, { command: 'tick' }, { command: 'tick' }], 5, v);
    expect([v.step, v.playing]).toEqual([4, true]);
    v = run([{ command: 'tick' }], 5, v);
    expect([v.step, v.playing]).toEqual([5, false]);
    expect(next(v, { command: 'tick' })).toBe(v); // not playing: a late tick changes nothing
    expect(run([{ command: 'step', step: 2 }, { command: 'play' }]).step).toBe(2); // mid-way: plays on from there
    expect(run([{ command: 'play' }, { command: 'pause' }]).playing).toBe(false);
  });

  it('pin toggles a cell; hover is separate', () => {
    const cell = { row: 1, col: 2 };
    expect(run([{ command: 'pin', cell }]).pinned).toEqual(cell);
    expect(
      run([
        { command: 'pin', cell },
        { command: 'pin', cell: { ...cell } },
      ]).pinned,
    ).toBeNull();
    expect(
      run([
        { command: 'pin', cell },
        { command: 'pin', cell: { row: 0, col: 0 } },
      ]).pinned,
    ).toEqual({ row: 0, col: 0 });
    expect(run([{ command: 'hover', cell }]).hover).toEqual(cell);
  });

  it('every way to a new sentence — typed, from the host, a new task, a lesson example — clears pin and hover and shows it whole', () => {
    const busy = run([
      { command: 'pin', cell: { row: 1, col: 28 } },
      { command: 'hover', cell: { row: 0, col: 3 } },
      { command: 'step', step: 2 },
      { command: 'play' },
    ]);
    for (const c of [
      { command: 'setText', text: 'Mary likes cheese.' },
      { command: 'setTask', task: 'dates' },
      { command: 'example', index: 4 },
    ] satisfies ViewCommand[]) {
      const v = next(busy, c);
      expect(v.pinned, c.command).toBeNull();
      expect(v.hover, c.command).toEqual({ row: null, col: null });
      expect(v.playing, c.command).toBe(false);
    }
    expect(next(busy, { command: 'setTask', task: 'dates' })).toMatchObject({
      task: 'dates',
      text: defaultText.dates,
      step: null,
    });
    expect(next(busy, { command: 'example', index: 4 })).toMatchObject({ text: lesson[4]!.text, task: lesson[4]!.task, step: 1 });
    expect(next(busy, { command: 'example', index: 42 })).toBe(busy); // no such example
  });

  it('mode, language, gold and theme are set; T cycles attention → distracted → both → attention', () => {
    expect(run([{ command: 'setMode', mode: 'both' }]).mode).toBe('both');
    expect(run([{ command: 'cycleMode' }]).mode).toBe('distracted');
    expect(run([{ command: 'cycleMode' }, { command: 'cycleMode' }, { command: 'cycleMode' }]).mode).toBe('attention');
    expect(run([{ command: 'setLang', lang: 'zh' }]).lang).toBe('zh');
    expect(run([{ command: 'setGold', gold: true }]).gold).toBe(true);
    expect(run([{ command: 'setTheme', theme: 'dark' }]).theme).toBe('dark');
  });

  it('leaving projector mode also lifts the blank screen and closes the key list', () => {
    const v = run([
      { command: 'toggle', what: 'projector' },
      { command: 'toggle', what: 'blank' },
      { command: 'toggle', what: 'help' },
    ]);
    expect([v.projector, v.blank, v.help]).toEqual([true, true, true]);
    expect(run([{ command: 'setProjector', projector: false }], 5, v)).toMatchObject({ projector: false, blank: false, help: false });
    expect(run([{ command: 'toggle', what: 'help', on: false }], 5, v).help).toBe(false);
    expect(run([{ command: 'toggle', what: 'help', on: false }], 5, start).help).toBe(false);
  });
});

describe('keys (the command table’s bindings)', () => {
  it('maps the clicker keys to the same commands the buttons dispatch', () => {
    expect(projectorKey('ArrowRight')).toEqual({ command: 'step', step: 'next' });
    expect(projectorKey(' ')).toEqual({ command: 'step', step: 'next' });
    expect(projectorKey('ArrowLeft')).toEqual({ command: 'step', step: 'back' });
    expect(projectorKey('End')).toEqual({ command: 'step', step: 'last' });
    expect(projectorKey('T')).toEqual({ command: 'cycleMode' });
    expect(projectorKey('3')).toEqual({ command: 'example', index: 2 });
    expect(projectorKey('F')).toEqual({ command: 'fullscreen' });
    expect(projectorKey('0')).toBeNull();
    expect(projectorKey('x')).toBeNull();
  });

  it('setRead opens a section on its own sentence, model and step; next / back move one within 1…5; null leaves', () => {
    const typed = run([
      { command: 'setText', text: 'Mary likes cheese.' },
      { command: 'setMode', mode: 'both' },
    ]);
    const v = run([{ command: 'setRead', section: 3 }], 5, typed);
    expect(v).toMatchObject({
      read: 3,
      task: 'en-zh',
      text: readSections[2]!.text,
      mode: readSections[2]!.mode,
      step: readSections[2]!.step,
    });
    expect(run([{ command: 'setRead', section: 'next' }], 5, v).read).toBe(4);
    expect(
      run(
        [
          { command: 'setRead', section: 'back' },
          { command: 'setRead', section: 'back' },
          { command: 'setRead', section: 'back' },
        ],
        5,
        v,
      ).read,
    ).toBe(1);
    expect(run([{ command: 'setRead', section: 99 }], 5, v).read).toBe(READ_SECTIONS);
    const left = run(
      [
        { command: 'setText', text: 'Tom chases Jerry.' },
        { command: 'setRead', section: null },
      ],
      5,
      v,
    );
    expect(left).toMatchObject({ read: null, text: 'Tom chases Jerry.' });
    // Staying in a section keeps what the reader tried there.
    expect(
      run(
        [
          { command: 'setText', text: 'x' },
          { command: 'setRead', section: 3 },
        ],
        5,
        v,
      ).text,
    ).toBe('x');
  });
});

describe('the lab commands', () => {
  it('setSnapshot keeps a share of training, to one decimal, within 0–100, and stops the timeline playing', () => {
    const playing = run([{ command: 'playTimeline', on: true }]);
    expect(playing.lab.timelinePlaying).toBe(true);
    const v = run([{ command: 'setSnapshot', snapshot: 33.333 }], 5, playing);
    expect(v.snapshot).toBe(33.3);
    expect(v.lab.timelinePlaying).toBe(false);
    expect(run([{ command: 'setSnapshot', snapshot: 250 }]).snapshot).toBe(100);
    expect(run([{ command: 'timelineTick', snapshot: 20 }]).snapshot).toBeNull(); // only while playing
    const stopped = next(run([]), { command: 'loaded', phase: 'ready', stops: { attention: [0, 1, 5, 20, 95], distracted: [] } });
    expect(next(stopped, { command: 'playTimeline', on: true })).toMatchObject({ snapshot: 0, lab: { timelinePlaying: true } }); // from the end: from 0 %
    expect(next({ ...stopped, snapshot: 5 }, { command: 'playTimeline', on: true }).snapshot).toBe(5); // mid-way: on from there
  });

  it('forced cells stack, Undo takes the last back, and a new sentence clears them', () => {
    const v = run([
      { command: 'force', row: 0, col: 2 },
      { command: 'force', row: 1, col: 0 },
      { command: 'force', row: 0, col: 1 },
      { command: 'force', row: -1, col: 0 },
    ]);
    expect(v.lab.forced).toEqual([
      { row: 1, col: 0 },
      { row: 0, col: 1 },
    ]);
    expect(run([{ command: 'undoForce' }], 5, v).lab.forced).toEqual([{ row: 1, col: 0 }]);
    expect(run([{ command: 'setText', text: 'Mary likes cheese.' }], 5, v).lab.forced).toEqual([]);
  });

  it('sharpness selects the learned rule and stays within 0–5; reset gives the model its own α back', () => {
    const v = run([
      { command: 'setRule', rule: 'hard' },
      { command: 'setBeta', beta: 9 },
    ]);
    expect(v.lab).toMatchObject({ rule: 'learned', beta: 5 });
    expect(run([{ command: 'resetRule' }], 5, v).lab).toMatchObject({ rule: 'learned', beta: 1, forced: [] });
  });

  it('Train live: opening starts training, closing pauses it, L flips it; a reset (or a new seed) is a new run, paused', () => {
    const open = run([{ command: 'setLive', open: true }]);
    expect(open.lab.live).toMatchObject({ open: true, training: true, seed: 1, run: 0 });
    expect(run([{ command: 'trainLive', on: false }], 5, open).lab.live).toMatchObject({ open: true, training: false });
    expect(run([{ command: 'setLive', open: false }], 5, open).lab.live).toMatchObject({ open: false, training: false });
    expect(run([projectorKey('L') as ViewCommand, projectorKey('l') as ViewCommand]).lab.live.open).toBe(false);
    expect(run([projectorKey('L') as ViewCommand]).lab.live.open).toBe(true);
    const reset = run([{ command: 'resetLive', seed: 7 }], 5, open);
    expect(reset.lab.live).toMatchObject({ seed: 7, run: 1, training: false });
    expect(run([{ command: 'resetLive' }], 5, reset).lab.live).toMatchObject({ seed: 7, run: 2 });
    for (const seed of [0, -3, 1.5, NaN, 1e7]) expect(next(reset, { command: 'resetLive', seed }), String(seed)).toBe(reset);
    expect(run([{ command: 'setLiveText', text: '3 may 1999' }]).lab.live.text).toBe('3 may 1999');
    expect(run([{ command: 'setLiveText', text: 'x'.repeat(5000) }]).lab.live.text).toHaveLength(200);
  });
});
describe('host messages on fuzzed input', () => {
  it('postMessage commands: anything malformed is refused with a reason, never acted on', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            type: fc.constantFrom('attention-lens', 'x'),
            version: fc.oneof(fc.constant(1), fc.anything()),
            command: fc.oneof(fc.constantFrom('setText', 'setTask', 'step', 'play', 'setSnapshot'), nasty),
            text: nasty,
            task: nasty,
            step: fc.anything(),
            snapshot: fc.oneof(fc.double(), fc.anything()),
          },
          { requiredKeys: [] },
        ),
        (msg) => {
          const r = parseCommand(msg);
          if (r === null) expect(msg.type).not.toBe('attention-lens');
          else if (r.ok) {
            if (r.command.command === 'setText') expect(r.command.text.length).toBeLessThanOrEqual(MAX_CHARS);
            if (r.command.command === 'setTask') expect(taskIds).toContain(r.command.task);
            if (r.command.command === 'setSnapshot') expect(r.command.snapshot >= 0 && r.command.snapshot <= 100).toBe(true);
          } else expect(r.reason.length).toBeGreaterThan(5);
        },
      ),
      { numRuns: 10_000, seed: 9 },
    );
  });
});

describe('setText errors say what is wrong', () => {
  const reason = (text: unknown) => {
    const r = parseCommand({ type: 'attention-lens', version: 1, command: 'setText', text });
    return r && !r.ok ? r.reason : null;
  };
  it('a text that is not a string is named as such, not as too long', () => {
    expect(reason(12)).toBe('setText needs a text (a string), not 12.');
    expect(reason({ a: 1 })).toBe('setText needs a text (a string), not (object).');
  });
  it('a text that is too long gives the limit and its length', () => {
    expect(reason('x'.repeat(MAX_CHARS + 1))).toBe(
      `setText needs a text of at most ${MAX_CHARS} characters; this one has ${MAX_CHARS + 1}.`,
    );
  });
});

describe('setRead from the host', () => {
  const msg = (section: unknown) => ({ type: 'attention-lens', version: 1, command: 'setRead', section });
  it('setRead takes a section 1–6, next, back or null (leave), and refuses anything else with a reason', () => {
    for (const section of [1, 6, 'next', 'back', null])
      expect(parseCommand(msg(section))).toEqual({ ok: true, command: { command: 'setRead', section } });
    for (const section of [0, 7, 2.5, '3', 'first', undefined, {}]) expect(parseCommand(msg(section))).toMatchObject({ ok: false });
  });

  it('section 6 opens on its date, read by the scaled dot-product model; section 5 goes back to en-zh', () => {
    const six = run([{ command: 'setRead', section: 6 }]);
    expect(six).toMatchObject({ read: 6, task: 'dates', score: 'scaled-dot', text: readSections[5]!.text, step: 9 });
    expect(next(six, { command: 'setRead', section: 'back' })).toMatchObject({ read: 5, task: 'en-zh', text: readSections[4]!.text });
  });
});

describe('score functions and the compare view (issue 30)', () => {
  const dates = run([{ command: 'setTask', task: 'dates' }], 10);
  const msg = (fields: Record<string, unknown>) => parseCommand({ type: 'attention-lens', version: 1, ...fields });

  it('setScore switches the score and keeps the typed date, the step and the pinned cell', () => {
    const before = [
      { command: 'setText', text: '7 03 83' },
      arrived(10),
      { command: 'step', step: 4 },
      { command: 'pin', cell: { row: 3, col: 2 } },
    ] satisfies ViewCommand[];
    const set = before.reduce(next, dates);
    for (const score of ['general', 'scaled-dot', 'additive'] as const) {
      const after = next(set, { command: 'setScore', score });
      expect(after).toMatchObject({ score, text: '7 03 83', step: 4, pinned: { row: 3, col: 2 } });
      expect(shownStep(next(after, arrived(10)), 10)).toBe(4); // the new model's translation keeps the step
    }
  });

  it('the attention model’s translated event names its score function; the distracted twin’s has none', () => {
    const posted = (view: View) =>
      reduceView(view, {
        command: 'tracesArrived',
        traces: {
          attention: { source: ['7'], tokens: ['1'], alpha: [[1]], at: null },
          distracted: { source: ['7'], tokens: ['1'], alpha: null, at: null },
        },
      }).effects.flatMap((e) => (e.effect === 'post' && e.event.event === 'translated' ? [e.event] : []));
    for (const score of ['general', 'scaled-dot', 'additive'] as const) {
      const [attention, distracted] = posted(next(dates, { command: 'setScore', score }));
      expect(attention).toMatchObject({ model: 'attention', score });
      expect(distracted).toMatchObject({ model: 'distracted' });
      expect(distracted).not.toHaveProperty('score');
    }
    expect(posted(start)[0]).toMatchObject({ task: 'en-zh', model: 'attention', score: 'additive' });
  });

  it('S in projector mode cycles additive → general → scaled-dot → additive on dates only; C opens and closes compare', () => {
    const key = (k: string, view: View) => keyCommand(k, { ...view, projector: true }, { typing: false, inGrid: false })?.command ?? null;
    let view = dates;
    for (const score of ['general', 'scaled-dot', 'additive']) {
      view = next(view, key('s', view)!);
      expect(view.score).toBe(score);
    }
    expect(key('s', start)).toBeNull(); // en-zh has one score
    expect(next(dates, key('C', dates)!).compare).toBe(true);
    expect(next(next(dates, key('c', dates)!), key('c', next(dates, key('c', dates)!))!).compare).toBe(false);
    expect(key('c', start)).toBeNull();
  });

  it('the host may set the score and open compare; anything else is refused with a reason', () => {
    for (const score of ['additive', 'general', 'scaled-dot'])
      expect(msg({ command: 'setScore', score })).toEqual({ ok: true, command: { command: 'setScore', score } });
    for (const score of ['dot', 'next', 'Additive', 1, null, undefined])
      expect(msg({ command: 'setScore', score })).toMatchObject({ ok: false });
    expect(msg({ command: 'setCompare', on: true })).toEqual({ ok: true, command: { command: 'setCompare', on: true } });
    for (const on of ['1', 1, null]) expect(msg({ command: 'setCompare', on })).toMatchObject({ ok: false });
    expect(next(dates, { command: 'setCompare', on: true }).compare).toBe(true);
  });
});

describe('the command table', () => {
  it('a step sent right after a new text waits for its translation: step 12 lands on 12 of 15, not on the old sentence’s 5', () => {
    const v = [
      { command: 'setText', text: 'Tom chased Jerry quickly in the kitchen yesterday.' },
      { command: 'step', step: 12 },
      arrived(15),
    ] satisfies ViewCommand[];
    const after = v.reduce(next, run([]));
    expect(shownStep(after, 15)).toBe(12);
    expect(([v[0]!, { command: 'step', step: 40 }, arrived(15)] satisfies ViewCommand[]).reduce(next, run([])).step).toBe(15); // clamped once it is known
  });

  it('the host may send exactly the commands with a validator, and each one the README’s postMessage table lists', async () => {
    expect(hostCommands.sort()).toEqual([
      'pause',
      'play',
      'setCompare',
      'setLang',
      'setMode',
      'setQuiz',
      'setRead',
      'setScore',
      'setSnapshot',
      'setTask',
      'setText',
      'step',
    ]);
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const table = readme.slice(readme.indexOf('**postMessage API'));
    const listed = [...table.matchAll(/`\{ command: '(\w+)'/g)].map((m) => m[1]);
    expect(new Set(listed)).toEqual(new Set(hostCommands));
  });

  it('every key the projector’s key list names, in both languages, is bound in the table', () => {
    const bound = new Set(Object.values(commandTable).flatMap((c) => (c.keys ?? []).flatMap((b) => b.keys)));
    const names: Record<string, string> = { '→': 'ArrowRight', '←': 'ArrowLeft', Space: ' ', 空格: ' ', Esc: 'Escape' };
    for (const lang of ['en', 'zh'] as const)
      for (const [keys] of dictionaries[lang].keys)
        for (const k of keys.split(/\s*\/\s*|–/)) expect(bound.has(names[k] ?? k), `${lang}: ${k}`).toBe(true);
  });

  it('the URL holds what the table says each command sets', () => {
    const fromTable = new Set(Object.values(commandTable).flatMap((c) => c.url ?? []));
    expect(new Set(viewParams)).toEqual(fromTable);
  });
});
