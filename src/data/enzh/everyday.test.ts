import { describe, expect, it } from 'vitest';
import { check } from '../check';
import { parse } from '../parse';
import { rng } from '../rng';
import { sample } from '../sample';
import { enzhTask, tasks, type Task } from '../tasks';
import { tokenizeEnglish } from './enzhTokenize';
import { enzhVersions } from './lexicon';

const translator = (task: Task) => (english: string) => {
  const c = check(task, english);
  if (c.kind !== 'ok')
    throw new Error(`${english}: ${JSON.stringify(c.kind === 'outside' ? c.reason : c.kind === 'unknown' ? c.unknown : c.kind)}`);
  return c.reference.join(' ');
};

// Every version keeps these translations, but where a later one says otherwise (enzh5.test.ts).
describe.each(enzhVersions)('en-zh grows to everyday English (docs/spec/en-zh-everyday.md, version %i)', (version) => {
  const task = enzhTask(version);
  const zh = translator(task);

  it('reproduces the constructions table', () => {
    const table: [string, string][] = [
      ['Tom is happy.', '汤姆 很 高兴 。'],
      ['I am very tired.', '我 很 累 。'],
      ['It is too hot.', '太 热 了 。'],
      ['I am a student.', '我 是 学生 。'],
      ['This is my book.', '这 是 我的 书 。'],
      ['Tom is in the kitchen.', '汤姆 在 厨房 。'],
      ['Mary is here.', '玛丽 在 这里 。'],
      ['Tom is eating an apple.', '汤姆 在 吃 一 个 苹果 。'],
      ['I have a dog.', '我 有 一 只 狗 。'],
      ["We don't have time.", '我们 没有 时间 。'],
      ['There is a cat in the garden.', '花园 里 有 一 只 猫 。'],
      ['You must go.', '你 必须 走 。'],
      ['We should help him.', '我们 应该 帮助 他 。'],
      ['I want to sleep.', '我 想 睡觉 。'],
      ['Tom needs to eat.', '汤姆 需要 吃 东西 。'],
      ['I like to read.', '我 喜欢 读书 。'],
      ['Sit down.', '坐下 。'],
      ['Please help me.', '请 帮助 我 。'],
      ["Don't go!", '别 走 ！'],
      ["Let's go.", '我们 走 吧 。'],
      ['What is this?', '这 是 什么 ？'],
      ['Where is Tom?', '汤姆 在 哪里 ？'],
      ['Who are you?', '你 是 谁 ？'],
      ['What do you want?', '你 想要 什么 ？'],
      ['Why did you go?', '你 为什么 走 了 ？'],
      ['When will you come?', '你 什么时候 会 来 ？'],
      // Version 5 asks an adult's (or anyone's) age as a teacher would, 多大; 几 岁 is a child's (enzh5.test.ts).
      ['How old are you?', version >= 5 ? '你 多大 ？' : '你 几 岁 ？'],
      ['Is Tom happy?', '汤姆 高兴 吗 ？'],
      ['Can you help me?', '你 能 帮助 我 吗 ？'],
      ['Are you a teacher?', '你 是 老师 吗 ？'],
      ['I go to school.', '我 去 学校 。'],
      ['This is for you.', '这 是 给 你 的 。'],
      ['Hi.', '你好 。'],
      ['Thank you!', '谢谢 你 ！'],
      ['Sorry.', '对不起 。'],
      ['Good morning.', '早上好 。'],
      ['Goodbye.', '再见 。'],
      ['Yes.', '是的 。'],
      ['No.', '不 。'],
      ['Help!', '救命 ！'],
    ];
    for (const [en, expected] of table) expect(zh(en), en).toBe(expected);
  });

  it('reads what people type: case, spaces, curly quotes and apostrophes, contractions', () => {
    expect(zh('  tom   IS happy. ')).toBe('汤姆 很 高兴 。');
    expect(zh('I’m sad.')).toBe(zh("I'm sad."));
    expect(zh('“I am sad.”')).toBe('我 很 难过 。');
    const pairs: [string, string][] = [
      ["I'm tired.", 'I am tired.'],
      ["You're a student.", 'You are a student.'],
      ["He's here.", 'He is here.'],
      ["She's happy.", 'She is happy.'],
      ["It's hot.", 'It is hot.'],
      ["We're at home.", 'We are at home.'],
      ["They're students.", 'They are students.'],
      ["That's my cat.", 'That is my cat.'],
      ["What's this?", 'What is this?'],
      ["Where's Tom?", 'Where is Tom?'],
      ["Who's that?", 'Who is that?'],
      ["Tom isn't here.", 'Tom is not here.'],
      ["They aren't here.", 'They are not here.'],
      ["I wasn't tired.", 'I was not tired.'],
      ["They weren't happy.", 'They were not happy.'],
      ["I can't swim.", 'I can not swim.'],
      ['I cannot swim.', 'I can not swim.'],
      ["I couldn't sleep.", 'I could not sleep.'],
      ["Tom won't come.", 'Tom will not come.'],
      ["Don't go.", 'Do not go.'],
      ["Mary doesn't like fish.", 'Mary does not like fish.'],
      ["I didn't eat.", 'I did not eat.'],
      ["I'll help you.", 'I will help you.'],
      ["You'll see Tom.", 'You will see Tom.'],
      ["I've a dog.", 'I have a dog.'],
      ["Let's eat.", 'Let us eat.'],
      ["I'd like some water.", 'I would like some water.'],
    ];
    for (const [short, long] of pairs) {
      expect(tokenizeEnglish(short).tokens, short).toEqual(tokenizeEnglish(long).tokens);
      expect(zh(short), short).toBe(zh(long));
    }
  });

  it("reads 's after a name as possessive or as is, by context", () => {
    expect(zh("Tom's cat is hungry.")).toBe('汤姆 的 猫 很 饿 。');
    expect(zh("Tom's here.")).toBe('汤姆 在 这里 。');
    expect(zh("Tom's happy.")).toBe('汤姆 很 高兴 。');
  });

  it('translates a sentence without its final mark exactly as with the mark it would take', () => {
    for (const s of ['Tom chased Jerry', 'I like fish', 'Where is Tom', 'Help', 'Did Tom chase Jerry', 'Hi', 'How are you', "Don't go"]) {
      const bare = check(task, s);
      expect(bare.kind, s).toBe('ok');
      if (bare.kind !== 'ok') continue;
      const mark = bare.tokens.tokens.at(-1)!;
      expect(['.', '?', '!']).toContain(mark);
      expect(bare.tokens.added).toBe(bare.tokens.tokens.length - 1);
      const marked = check(task, `${s}${mark}`);
      if (marked.kind !== 'ok') throw new Error(s);
      expect(bare.tokens.tokens).toEqual(marked.tokens.tokens);
      expect(bare.reference).toEqual(marked.reference);
      expect(bare.links).toEqual(marked.links);
    }
    expect(zh('Tom chased Jerry')).toBe('汤姆 追逐 了 杰瑞 。');
    expect(zh('Help')).toBe('救命 ！');
    expect(zh('Where is Tom')).toBe('汤姆 在 哪里 ？');
  });
});

describe('en-zh everyday English, the version the app ships', () => {
  const task = tasks['en-zh'];
  const enzh = task.grammar;

  it('suggests a known word close in spelling or meaning for an unknown one', () => {
    const suggestions = (s: string) => {
      const c = check(task, s);
      return c.kind === 'unknown' ? c.unknown[0]!.suggestions : [];
    };
    expect(suggestions('The kitten is happy.')).toContain('cat');
    expect(suggestions('Tom chasd Jerry.')).toContain('chased');
    expect(suggestions('I like the doggy.')).toContain('dog');
    expect(suggestions('The cat is hungy.')).toContain('hungry');
    expect(suggestions('Tom jumps.')).toEqual([]);
    // Typing slips: two letters swapped count one edit, and the likeliest comes first.
    expect(suggestions('Tom chased Jerry teh.')[0]).toBe('the');
    expect(suggestions('The cat is beatiful.')).toEqual(['beautiful']);
    expect(suggestions('Tom chased Jrery.')).toEqual(['jerry']);
    expect(suggestions('I wanna go home.')).toEqual(['want']);
    // Nothing spelled far off: more than one edit in three letters is another word, not a slip.
    for (const s of ['Do you speak English?', 'I live in Beijing.', 'He plays football.']) expect(suggestions(s), s).toEqual([]);
    // Symbols, numbers and single letters get no suggestion (each is one edit from `a`, `i` or `.`).
    for (const s of ['Tom & Jerry.', 'I have 1 cat.', 'Tom chased x.', 'Tom (chased) Jerry.']) expect(suggestions(s), s).toEqual([]);
  });

  it('says Chinese typed into the English box is Chinese, and translates nothing', () => {
    for (const s of ['汤姆追逐了杰瑞。', '我是学生', 'Tom chased 杰瑞.']) expect(check(task, s).kind, s).toBe('chinese');
    expect(check(task, 'Tom chased Jerry。').kind).not.toBe('chinese'); // a Chinese full stop alone is punctuation
  });

  it('the checker accepts every generated sentence within its search budget (300 sentences, every length)', () => {
    const r = rng(22);
    for (let i = 0; i < 300; i++) {
      let ex = sample(enzh, r, task.profiles[i % task.profiles.length]);
      // As the corpus does, a sentence over the task's length is drawn again: the checker refuses it as too long.
      while (ex.source.length > task.maxTokens) ex = sample(enzh, r, task.profiles[i % task.profiles.length]);
      const c = check(task, task.showSource(ex.source));
      expect(c.kind, ex.source.join(' ')).toBe('ok');
      if (c.kind === 'ok') expect(c.reference).toEqual(ex.target);
    }
  });

  it('has one reading per sentence, and sampling and parsing agree (2 000 sampled sentences)', () => {
    const r = rng(21);
    for (let i = 0; i < 2000; i++) {
      const ex = sample(enzh, r, task.profiles[i % task.profiles.length]);
      const p = parse(enzh, ex.source);
      if (!p.ok) throw new Error(`unparsed: ${ex.source.join(' ')}`);
      expect(p.readings, ex.source.join(' ')).toBe(1);
      expect(p.target.map((l) => l.t)).toEqual(ex.target);
      expect(p.target.map((l) => l.from)).toEqual(ex.links);
    }
  });
});
