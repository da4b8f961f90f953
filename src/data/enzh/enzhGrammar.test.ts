import { describe, expect, it } from 'vitest';
import { check } from '../check';
import { parse } from '../parse';
import { rng } from '../rng';
import { sample } from '../sample';
import { enzhTask, tasks, type Task } from '../tasks';
import { enzhVersions } from './lexicon';

const translator = (task: Task) => (english: string) => {
  const c = check(task, english);
  if (c.kind !== 'ok') throw new Error(`${english}: ${JSON.stringify(c)}`);
  return c.reference.join(' ');
};

// Every version keeps the core's translations (issue 27: the core sentences keep their translations).
describe.each(enzhVersions)('en-zh grammar follows docs/spec/en-zh.md (version %i)', (version) => {
  const task = enzhTask(version);
  const zh = translator(task);

  it('reproduces the word-order table', () => {
    const table: [string, string][] = [
      ['Tom chased Jerry .', '汤姆 追逐 了 杰瑞 。'],
      ['Tom chases Jerry in the kitchen .', '汤姆 在 厨房 追逐 杰瑞 。'],
      ['Tom chased Jerry quickly in the kitchen yesterday .', '汤姆 昨天 在 厨房 很快地 追逐 了 杰瑞 。'],
      ['Tom did not chase Jerry yesterday .', '汤姆 昨天 没有 追逐 杰瑞 。'],
      ['Tom will chase Jerry in the garden tomorrow .', '汤姆 明天 会 在 花园 追逐 杰瑞 。'],
      ['Tom will not chase Jerry .', '汤姆 不会 追逐 杰瑞 。'],
      ['Tom does not like cheese .', '汤姆 不 喜欢 奶酪 。'],
      ['Did Tom chase Jerry yesterday ?', '汤姆 昨天 追逐 了 杰瑞 吗 ？'],
      ['Does Mary like the cat ?', '玛丽 喜欢 猫 吗 ？'],
      ['Will John visit Lily tomorrow ?', '约翰 明天 会 拜访 莉莉 吗 ？'],
    ];
    for (const [en, expected] of table) expect(zh(en)).toBe(expected);
  });

  it('reproduces the noun-phrase table (as objects of "Lily saw …")', () => {
    const table: [string, string][] = [
      ['the cat', '猫'],
      ['a cat', '一 只 猫'],
      ['three cats', '三 只 猫'],
      ['cats', '猫'],
      ['the big cat', '大 猫'],
      ['a hungry dog', '一 只 饥饿的 狗'],
      ["Tom's cat", '汤姆 的 猫'],
      ['my hungry cat', '我的 饥饿的 猫'],
      ['the cat that Mary likes', '玛丽 喜欢 的 猫'],
      ['the dog that chased Jerry', '追逐 杰瑞 的 狗'],
      ['the lazy cat that Tom loves', '汤姆 爱 的 懒惰的 猫'],
    ];
    for (const [np, expected] of table) expect(zh(`Lily saw ${np}.`)).toBe(`莉莉 看见 了 ${expected} 。`);
    expect(zh('Tom and Jerry chased the cat.')).toBe('汤姆 和 杰瑞 追逐 了 猫 。');
  });

  it('reproduces the clause tables, with because moving whole clauses', () => {
    const [s1, s2, s3] = ['Tom chased Jerry', 'Mary likes cheese', 'John will visit Lily'];
    const [z1, z2, z3] = ['汤姆 追逐 了 杰瑞', '玛丽 喜欢 奶酪', '约翰 会 拜访 莉莉'];
    const table: [string, string][] = [
      [`${s1} and ${s2}.`, `${z1} ， ${z2} 。`],
      [`${s1} but ${s2}.`, `${z1} ， 但是 ${z2} 。`],
      [`${s1} because ${s2}.`, `因为 ${z2} ， 所以 ${z1} 。`],
      [`${s1} and ${s2} because ${s3}.`, `${z1} ， 因为 ${z3} ， 所以 ${z2} 。`],
      [`${s1} but ${s2} because ${s3}.`, `${z1} ， 但是 因为 ${z3} ， 所以 ${z2} 。`],
      [`${s1} because ${s2} and ${s3}.`, `因为 ${z2} ， ${z3} ， 所以 ${z1} 。`],
      [`${s1} because ${s2} but ${s3}.`, `因为 ${z2} ， 但是 ${z3} ， 所以 ${z1} 。`],
    ];
    for (const [en, expected] of table) expect(zh(en)).toBe(expected);
  });

  it('reads "read" as past only with a cue in its own clause', () => {
    expect(zh('They read books.')).toBe('他们 读 书 。');
    expect(zh('I read a book this morning.')).toBe('我 今天早上 读 一 本 书 。');
    expect(zh('Tom read a book.')).toBe('汤姆 读 了 一 本 书 。');
    expect(zh('I read a book yesterday.')).toBe('我 昨天 读 了 一 本 书 。');
  });

  it('says why the article\'s "Tom chase Jerry" is outside, and suggests "Tom chases Jerry."', () => {
    const c = check(task, 'Tom chase Jerry');
    expect(c.kind).toBe('outside');
    if (c.kind !== 'outside') return;
    expect(c.suggestion).toBe('Tom chases Jerry.');
    expect(c.reason.en).toMatch(/“chase”/);
    expect(c.reason.zh).toMatch(/“chase”.*[\u4e00-\u9fff]/); // said in Chinese too, quoting the word as typed
  });

  it('a sentence typed only part way gets a completion that is in the language', () => {
    for (const typed of ['I want to', 'Where is', 'Tom chased']) {
      const c = check(task, typed);
      expect(c.kind).toBe('outside');
      if (c.kind !== 'outside') return;
      expect(c.suggestion?.startsWith(`${typed} `)).toBe(true);
      expect(check(task, c.suggestion!).kind).toBe('ok');
    }
  });

  it('says in both languages why a constraint breaks', () => {
    const e = check(task, 'Tom chased Jerry every day.');
    if (e.kind === 'outside') {
      expect(e.reason.en).toMatch(/every day/);
      expect(e.reason.zh).toMatch(/every day.*过去时/);
    } else expect(e.kind).toBe('outside');
  });

  it('links Chinese tokens to the English they came from (gold alignment)', () => {
    const c = check(task, 'A cat chased Jerry.');
    if (c.kind !== 'ok') throw new Error('not ok');
    // a cat chased jerry . → 一 只 猫 追逐 了 杰瑞 。
    expect(c.links).toEqual([[0], [0, 1], [1], [2], [2], [3], [4]]);
  });
});

describe('en-zh grammar, the version the app ships', () => {
  const task = tasks['en-zh'];
  const enzh = task.grammar;
  const draw = (n: number, seed: number) => {
    const r = rng(seed);
    return Array.from({ length: n }, (_, i) => sample(enzh, r, task.profiles[i % task.profiles.length]));
  };

  it('parse(generate(x)) = x, unambiguously, on 10 000 random sentences', () => {
    for (const ex of draw(10_000, 7)) {
      const p = parse(enzh, ex.source);
      expect(p.ok, ex.source.join(' ')).toBe(true);
      if (!p.ok) continue;
      expect(p.readings, ex.source.join(' ')).toBe(1);
      expect(p.target.map((l) => l.t)).toEqual(ex.target);
      expect(p.target.map((l) => l.from)).toEqual(ex.links);
    }
  });

  it('generates every lexicon row and every construction', () => {
    const seen = new Set<string>();
    const sentences = draw(20_000, 11).map((e) => e.source.join(' '));
    sentences.forEach((s) => s.split(' ').forEach((t) => seen.add(t)));
    expect([...task.vocabulary].filter((w) => !seen.has(w))).toEqual([]);
    expect([...seen].filter((w) => !task.vocabulary.has(w))).toEqual([]);
    const constructions: Record<string, RegExp> = {
      'yes/no question with does': /^does /,
      'with do': /^do /,
      'with did': /^did /,
      'with will': /^will /,
      'negation does not': / does not /,
      'negation do not': / do not /,
      'negation did not': / did not /,
      'negation will not': / will not /,
      'relative clause, subject gap': / that (chase|see|like|help|catch|visit|love|eat|read|write|buy|find)/,
      'relative clause, object gap': / that (tom|jerry|mary|john|lily|i|you|he|she|we|they|the|a) /,
      'possessor name': / (tom|jerry|mary|john|lily) 's /,
      'possessor the noun': / the \w+ 's /,
      'coordinated subject': /^(tom|jerry|mary|john|lily|i|you|he|she|we|they) and /,
      'S1 and S2': / and /,
      'S1 but S2': / but /,
      'S1 because S2': / because /,
      'because as second conjunction': / (and|but) .* because /,
      'because then another clause': / because .* (and|but) /,
      'an apple': / an apple/,
      'three main clauses': /( (and|but|because) .*){2}/,
    };
    for (const [name, re] of Object.entries(constructions))
      expect(
        sentences.some((s) => re.test(s)),
        name,
      ).toBe(true);
  });
});
