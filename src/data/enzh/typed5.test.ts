import { describe, expect, it } from 'vitest';
import { check } from '../check';
import { enzhTask } from '../tasks';
import { zh5 } from './translate5.testkit';
import { detokenizeEnglish, tokenizeEnglish } from './enzhTokenize';

const v4 = enzhTask(4);
const v5 = enzhTask(5);
const zh = zh5;

describe('en-zh@5 reads what people type (docs/language.md, "What people type")', () => {
  it("the version-5 tokenizer reads 'll, 're and 've after any word, 'd better as had, 's been as has", () => {
    const t5 = (s: string) => tokenizeEnglish(s, 5).tokens.join(' ');
    expect(t5("Tom'll come.")).toBe('tom will come .');
    expect(t5("What'll we do?")).toBe('what will we do ?');
    expect(t5("How're you doing?")).toBe('how are you doing ?');
    expect(t5("You should've told me.")).toBe('you should have told me .');
    expect(t5('We could’ve won.')).toBe('we could have won .');
    expect(t5("You'd better go.")).toBe('you had better go .');
    expect(t5("You'd like it.")).toBe('you would like it .');
    expect(t5("She's been here.")).toBe('she has been here .');
    expect(t5("She's here.")).toBe('she is here .');
    expect(t5("Tom's been here.")).toBe("tom 's been here .");
  });

  it('the version-5 tokenizer keeps a hyphenated word and a title with its period whole', () => {
    expect(tokenizeEnglish('I have twenty-one books.', 5).tokens).toEqual(['i', 'have', 'twenty-one', 'books', '.']);
    expect(tokenizeEnglish('Mr. Smith is here.', 5).tokens).toEqual(['mr.', 'smith', 'is', 'here', '.']);
    expect(tokenizeEnglish('I saw DR. Wang.', 5).tokens).toEqual(['i', 'saw', 'dr.', 'wang', '.']);
    expect(detokenizeEnglish(['i', 'saw', 'mrs.', 'li', 'at', '3', ':', '30', '.'])).toBe('I saw Mrs. Li at 3:30.');
  });

  it('the version-5 tokenizer reads a contraction typed without its apostrophe, unless it is a word', () => {
    const t5 = (s: string) => tokenizeEnglish(s, 5).tokens.join(' ');
    for (const [bare, typed] of [
      ['I dont know', "I don't know"],
      ['Im hungry', "I'm hungry"],
      ['whats your name', "what's your name"],
      ['I cant swim', "I can't swim"],
      ['It wont rain', "It won't rain"],
      ['youre right', "you're right"],
      ['Tom isnt here', "Tom isn't here"],
      ['thats ok', "that's ok"],
    ] as [string, string][])
      expect(t5(bare), bare).toBe(t5(typed));
    // These are words as they are.
    expect(t5('Its tail. I was ill. Well done. We were home. He lets me go.')).toBe(
      'its tail . i was ill . well done . we were home . he lets me go .',
    );
    expect(check(v5, 'I dont know')).toMatchObject({ kind: 'ok', reference: ['我', '不', '知道', '。'] });
    expect(tokenizeEnglish('I dont know', 4).tokens).toEqual(['i', 'dont', 'know']);
  });

  it('version 4 tokenizes as it always did', () => {
    expect(tokenizeEnglish("Tom'll come.").tokens).toEqual(["tom'll", 'come', '.']);
    expect(tokenizeEnglish("You'd better go.").tokens).toEqual(['you', 'would', 'better', 'go', '.']);
    expect(tokenizeEnglish('Mr. Smith').tokens).toEqual(['mr', '.', 'smith']);
    expect(tokenizeEnglish('twenty-one').tokens).toEqual(['twenty', '-', 'one']);
    expect(check(v4, "Tom'll come.").kind).toBe('unknown');
  });

  it('translates what people type as a teacher would', () => {
    const table: [string, string][] = [
      ["Tom'll come.", '汤姆 会 来 。'],
      ["They'll help us.", '他们 会 帮助 我们 。'],
      ["You'd better go.", '你 最好 走 。'],
      ["You'd better not go.", '你 最好 别 走 。'],
      ["She's been here.", '她 来过 这里 。'],
      ["He's been to Paris.", '他 去过 巴黎 。'],
      ["You should've told me.", '你 本来 应该 告诉 我 的 。'],
      ["You shouldn't have come.", '你 本来 不 应该 来 的 。'],
      ["We could've won.", '我们 本来 可以 赢 的 。'],
      ["What'll we do?", '我们 该 怎么 办 ？'],
      ["How're you doing?", '你 最近 怎么样 ？'],
      ["Where're you going?", '你 去 哪里 ？'],
      ['Ah, I see.', '啊 ， 我 明白 了 。'],
      ['Mr. Smith is here.', '史密斯 先生 在 这里 。'],
      ['I saw Dr. Wang yesterday.', '我 昨天 看见 了 王 医生 。'],
      ['Mrs. Li is a teacher.', '李 太太 是 老师 。'],
    ];
    for (const [en, expected] of table) expect(zh(en), en).toBe(expected);
    // `could not have` says it was impossible: another sense, left out.
    expect(check(v5, "We couldn't have won.").kind).toBe('outside');
  });

  it('holds a last round of words people type, each in a construction it already had', () => {
    const table: [string, string][] = [
      // twice: 两 次 after the verb and its object, of a thing done
      ['I saw Tom twice.', '我 看见 了 汤姆 两 次 。'],
      ['Tom came twice yesterday.', '汤姆 昨天 来 了 两 次 。'],
      // the first, the third … : an ordinal and the noun's measure word
      ['I read the first book.', '我 读 第一 本 书 。'],
      ['The third student came.', '第三 个 学生 来 了 。'],
      // somewhere, anywhere: where one goes; anywhere as anything is, after not or in a question
      ["Let's go somewhere.", '我们 去 某 个 地方 吧 。'],
      ["I didn't go anywhere.", '我 没有 去 任何 地方 。'],
      ["Don't go anywhere!", '别 去 任何 地方 ！'],
      // everywhere: 到处 before the verb, 到处 都 有 in `there is`
      ['Tom looked everywhere.', '汤姆 到处 看 了 。'],
      ['There are cats everywhere.', '到处 都 有 猫 。'],
      // left-handed: said with 是
      ['Are you left-handed?', '你 是 左撇子 吗 ？'],
      // ice cream, typed as two words or hyphenated
      ['I like ice cream.', '我 喜欢 冰淇淋 。'],
      ['Do you want some ice-cream?', '你 想要 一些 冰淇淋 吗 ？'],
      // kids are had, as sons are
      ['We have 2 kids.', '我们 有 两 个 孩子 。'],
      ['I have two kids.', '我 有 两 个 孩子 。'],
    ];
    for (const [en, expected] of table) expect(zh(en), en).toBe(expected);
    for (const en of ['I went anywhere.', 'Tom is everywhere.', 'I live everywhere.', 'Tom came somewhere.', 'I knew Tom twice.'])
      expect(check(v5, en).kind, en).toBe('outside');
    expect(tokenizeEnglish('I like ice cream.', 5).tokens).toEqual(['i', 'like', 'ice-cream', '.']);
    expect(detokenizeEnglish(['i', 'like', 'ice-cream', '.'])).toBe('I like ice cream.');
    expect(tokenizeEnglish('I like ice cream.').tokens).toEqual(['i', 'like', 'ice', 'cream', '.']);
  });
});
