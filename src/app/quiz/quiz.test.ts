import { describe, expect, it } from 'vitest';
import { keyCommand, reduceView, type ViewCommand } from '../commands';
import { readUrl, writeUrl } from '../urlState';
import { initialView, type View } from '../view';
import { challengeAfter, challenges } from './challenges';
import { tally } from './round';

const start = initialView({ ...readUrl('?lang=en'), text: 'Tom chased Jerry.' });
/** α of a made-up translation: row 0 looks at word 0, row 1 splits between 1 and 2, row 2 at word 2. */
const alpha = [
  [0.9, 0.05, 0.05],
  [0.1, 0.5, 0.4],
  [0.0, 0.1, 0.9],
];
const arrived: ViewCommand = {
  command: 'tracesArrived',
  traces: { attention: { source: ['tom', 'chased', 'jerry'], tokens: ['汤姆', '追', '杰瑞'], alpha, at: null } },
};
const next = (v: View, c: ViewCommand) => reduceView(v, c).view;
const run = (commands: ViewCommand[], view = start) => commands.reduce(next, view);
const quizOn: ViewCommand[] = [arrived, { command: 'setQuiz', on: true }];
const clicker = (view: View, key = 'ArrowRight') => keyCommand(key, view, { typing: false, inGrid: false })?.command ?? null;

describe('Predict, then look (the quiz commands)', () => {
  it('a round: guess, reveal (recording the verdict), next row, until every row is revealed', () => {
    let v = run([...quizOn, { command: 'guess', col: 0 }, { command: 'reveal' }]);
    expect(v.round).toMatchObject({ row: 0, guess: 0, revealed: true });
    expect(v.round.results[0]!.verdict!.kind).toBe('hit');
    v = run([{ command: 'nextRow' }, { command: 'guess', col: 2 }, { command: 'reveal' }, { command: 'nextRow' }], v);
    expect(v.round.results[1]!.verdict!.kind).toBe('near');
    v = run([{ command: 'guess', col: 0 }, { command: 'reveal' }, { command: 'nextRow' }], v);
    expect(v.round.results.map((r) => r.verdict?.kind)).toEqual(['hit', 'near', 'miss']);
    expect(v.round.row).toBe(3);
    expect(tally(v.round)).toEqual({ hits: 1, guessed: 3 });
  });

  it('a guess is fixed once revealed; a row is not left before it is revealed; a guess outside the source is ignored', () => {
    const v = run([...quizOn, { command: 'guess', col: 1 }, { command: 'reveal' }, { command: 'guess', col: 0 }]);
    expect(v.round.results[0]!.guess).toBe(1);
    expect(v.round.guess).toBe(1);
    expect(run([...quizOn, { command: 'nextRow' }]).round.row).toBe(0);
    expect(run([...quizOn, { command: 'guess', col: 3 }]).round.guess).toBeNull();
  });

  it('the distracted model has nothing to guess: reveal and guess change nothing', () => {
    const v = run([...quizOn, { command: 'setMode', mode: 'distracted' }]);
    expect(run([{ command: 'guess', col: 0 }, { command: 'reveal' }], v).round).toEqual(v.round);
  });

  it('a reveal posts `guessed` with the row, its token, the guess, hit, the weight it held and the row’s α', () => {
    const v = run([...quizOn, { command: 'guess', col: 2 }]);
    const posted = reduceView(v, { command: 'reveal' }).effects.flatMap((e) => (e.effect === 'post' ? [e.event] : []));
    expect(posted).toEqual([
      { event: 'guessed', row: 0, token: '汤姆', guess: 2, hit: false, weight: 0.05, alpha: alpha[0], alphaFrom: 'model' },
    ]);
    const again = reduceView(next(v, { command: 'reveal' }), { command: 'reveal' }).effects;
    expect(again.filter((e) => e.effect === 'post')).toEqual([]); // one event per reveal
  });

  it('a new sentence starts a fresh round; setQuiz does too', () => {
    const v = run([...quizOn, { command: 'guess', col: 0 }, { command: 'reveal' }]);
    expect(next(v, { command: 'setText', text: 'Mary likes cheese.' }).round.results).toEqual([]);
    expect(next(v, { command: 'setQuiz', on: true }).round.results).toEqual([]);
  });

  it('quiz=1 is kept in the URL; G turns it on and off', () => {
    expect(readUrl(writeUrl({ ...start, quiz: true })).quiz).toBe(true);
    expect(readUrl('?quiz=1').quiz).toBe(true);
    expect(readUrl('?quiz=yes').quiz).toBe(false);
    expect(clicker(start, 'g')).toEqual({ command: 'setQuiz', on: true });
    expect(clicker(run(quizOn), 'G')).toEqual({ command: 'setQuiz', on: false });
  });

  it('in projector mode the clicker’s → reveals the row, the next → moves on, and at the end tries another sentence', () => {
    let v = run([...quizOn, { command: 'setProjector', projector: true }]);
    expect(clicker(v)).toEqual({ command: 'reveal' });
    expect(clicker(v, 'PageDown')).toEqual({ command: 'reveal' });
    v = next(v, { command: 'reveal' }); // the class guessed aloud: revealed without a guess, no verdict
    expect(v.round.results[0]).toEqual({ row: 0, guess: null, verdict: null });
    expect(clicker(v)).toEqual({ command: 'nextRow' });
    v = run([{ command: 'nextRow' }, { command: 'reveal' }, { command: 'nextRow' }, { command: 'reveal' }, { command: 'nextRow' }], v);
    expect(clicker(v)).toEqual({ command: 'tryAnother' });
    expect(clicker(run([{ command: 'setQuiz', on: false }], v))).toEqual({ command: 'step', step: 'next' });
  });

  it('Try another moves through the challenge set, quiz kept on, starting over after the last', () => {
    const v = run([...quizOn, { command: 'tryAnother' }]);
    expect(v).toMatchObject({ task: challenges[0]!.task, text: challenges[0]!.text, quiz: true, round: { row: 0, results: [] } });
    expect(challengeAfter(challenges.at(-1)!.task, challenges.at(-1)!.text)).toEqual(challenges[0]);
  });

  it('the host may send setQuiz with a boolean only', async () => {
    const { parseCommand } = await import('../commands');
    const msg = (on: unknown) => parseCommand({ type: 'attention-lens', version: 1, command: 'setQuiz', on });
    expect(msg(true)).toEqual({ ok: true, command: { command: 'setQuiz', on: true } });
    expect(msg('yes')).toMatchObject({ ok: false });
  });
});
