import { describe, expect, it } from 'vitest';
import { check } from './check';
import { cover } from './cover';
import { out, type Grammar } from './program';
import { rng } from './rng';
import type { Example } from './sample';
import { enzhTask, type Task } from './tasks';

// A toy language: `tom runs .`, `mary is swimming .`; Mary never cooks. Its vocabulary holds the verbs' stems too, which it never says alone.
const verbs = [
  { s: 'runs', ing: 'running', zh: '跑' },
  { s: 'swims', ing: 'swimming', zh: '游泳' },
  { s: 'cooks', ing: 'cooking', zh: '做饭' },
];
const grammar: Grammar = (run) => {
  const who = run.pick('who', ['tom', 'mary']);
  const w = run.emit(who);
  const progressive = run.pick('form', [false, true]);
  const verb = run.pick('verb', verbs);
  run.need(!(who === 'mary' && verb.zh === '做饭'), () => ({ en: 'Mary never cooks.', zh: '玛丽 从不 做饭。' }));
  const is = progressive ? [run.emit('is')] : [];
  const v = run.emit(progressive ? verb.ing : verb.s);
  const end = run.emit('.');
  return [
    ...out([w], who === 'tom' ? '汤姆' : '玛丽'),
    ...out(is, ...(progressive ? ['在'] : [])),
    ...out([v], verb.zh),
    ...out([end], '。'),
  ];
};
const vocabulary = ['tom', 'mary', 'is', '.', ...verbs.flatMap((v) => [v.s, v.ing]), 'run', 'swim', 'cook', 'zzzz'];
const toy: Task = { ...enzhTask(5), grammar, vocabulary: new Set(vocabulary) };
const example = (text: string): Example => {
  const c = check(toy, text);
  if (c.kind !== 'ok') throw new Error(text);
  return { source: c.tokens.tokens, target: c.reference, links: c.links };
};
const train = ['tom runs .', 'mary is running .', 'tom is running .', 'mary swims .'].map(example);
const run = (count: number) => {
  const kept = new Set(train.map((e) => e.source.join(' ')));
  const keep = (e: Example) => !kept.has(e.source.join(' ')) && Boolean(kept.add(e.source.join(' ')));
  return cover(toy, train, keep, rng(3), { count, tries: 50 });
};
const holding = (examples: Example[], w: string) => examples.filter((e) => e.source.includes(w)).length;

describe('cover: every word of the language in training', () => {
  it('puts each rare word in place of a word of its shape until it is in `count` sentences the grammar accepts, with their translation and links', () => {
    const { added, unreached } = run(2);
    for (const w of ['swimming', 'runs', 'swims', 'tom', 'mary']) expect(holding([...train, ...added], w), w).toBeGreaterThanOrEqual(2);
    // Only Tom cooks: one sentence holds each of cooking and cooks.
    expect(
      added
        .filter((e) => e.source.includes('cooking') || e.source.includes('cooks'))
        .map((e) => e.source.join(' '))
        .sort(),
    ).toEqual(['tom cooks .', 'tom is cooking .']);
    expect(added.map((e) => e.source.join(' '))).toContain('tom is swimming .');
    expect(added.find((e) => e.source.join(' ') === 'tom is swimming .')).toEqual(example('tom is swimming .'));
    expect(new Set(added.map((e) => e.source.join(' '))).size).toBe(added.length); // each new, none twice
    expect(unreached).toEqual(['cook', 'run', 'swim', 'zzzz']); // words the grammar never says alone
  });

  it('is deterministic for a seed, and adds nothing where every word is seen often enough', () => {
    expect(run(2)).toEqual(run(2));
    expect(cover({ ...toy, vocabulary: new Set(['tom', 'mary']) }, train, () => true, rng(1), { count: 1, tries: 50 })).toEqual({
      added: [],
      unreached: [],
    });
  });

  it("tries the places of a word's kin, the words of its shape whose other forms keep its company, where few places take it (`it is raining .` from `it is snowing .`)", () => {
    // Only `it` rains or snows: 40 sentences of `tom is running .` can't take `raining`, one `it is snowing .` can.
    const weatherVerbs = [verbs[0]!, { s: 'rains', ing: 'raining', zh: '下雨' }, { s: 'snows', ing: 'snowing', zh: '下雪' }];
    const weather: Grammar = (r) => {
      const who = r.pick('who', ['it', 'tom']);
      const w = r.emit(who);
      const progressive = r.pick('form', [false, true]);
      const verb = r.pick('verb', weatherVerbs);
      r.need((who === 'it') === (verb !== weatherVerbs[0]), () => ({ en: 'Only it rains.', zh: '只有 it 下雨。' }));
      const is = progressive ? [r.emit('is')] : [];
      const v = r.emit(progressive ? verb.ing : verb.s);
      const end = r.emit('.');
      return [
        ...(who === 'it' ? [] : out([w], '汤姆')),
        ...out(is, ...(progressive ? ['在'] : [])),
        ...out([v], verb.zh),
        ...out([end], '。'),
      ];
    };
    const words = ['it', 'tom', 'is', '.', 'run', 'runs', 'running', 'rain', 'rains', 'raining', 'snow', 'snows', 'snowing'];
    const task: Task = { ...toy, grammar: weather, vocabulary: new Set(words) };
    const sentence = (t: string): Example => {
      const c = check(task, t);
      if (c.kind !== 'ok') throw new Error(t);
      return { source: c.tokens.tokens, target: c.reference, links: c.links };
    };
    const have = [
      ...Array.from({ length: 40 }, () => sentence('tom is running .')),
      ...['it is snowing .', 'it rains .', 'it snows .', 'tom runs .'].map(sentence),
    ];
    const kept = new Set(have.map((e) => e.source.join(' ')));
    const keep = (e: Example) => !kept.has(e.source.join(' ')) && Boolean(kept.add(e.source.join(' ')));
    const { added } = cover(task, have, keep, rng(5), { count: 1, tries: 2 });
    expect(added.find((e) => e.source.join(' ') === 'it is raining .')?.target).toEqual(['在', '下雨', '。']);
    // With no kin that takes it (no `it is snowing .`), the progressive goes in place of its verb's other form, after `be`.
    const alone = [...Array.from({ length: 40 }, () => sentence('tom is running .')), ...['it rains .', 'tom runs .'].map(sentence)];
    const keptAlone = new Set(alone.map((e) => e.source.join(' ')));
    const keepAlone = (e: Example) => !keptAlone.has(e.source.join(' ')) && Boolean(keptAlone.add(e.source.join(' ')));
    const second = cover(task, alone, keepAlone, rng(5), { count: 1, tries: 2 }).added.map((e) => e.source.join(' '));
    expect(second).toContain('it is raining .');
  });
});
