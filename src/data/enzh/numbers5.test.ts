import { describe, expect, it } from 'vitest';
import { check } from '../check';
import { enzhTask } from '../tasks';
import { zh5 } from './translate5.testkit';
import { numberWord, numberZh } from './numbers5';

const v5 = enzhTask(5);
const zh = zh5;

describe('en-zh@5: numbers up to 100 and clock times (docs/language.md)', () => {
  it('spells numbers in English and in Chinese as a teacher writes them', () => {
    expect([1, 12, 20, 21, 99].map(numberWord)).toEqual(['one', 'twelve', 'twenty', 'twenty-one', 'ninety-nine']);
    expect(numberZh(2, true)).toEqual(['两']);
    expect(numberZh(12, true)).toEqual(['十', '二']);
    expect(numberZh(22, true)).toEqual(['二十', '二']);
    expect(numberZh(100, true)).toEqual(['一百']);
  });

  it('counts in words and digits: 两 before a measure word, 二 inside a number', () => {
    const table: [string, string][] = [
      ['I have two cats.', '我 有 两 只 猫 。'],
      ['I have 2 cats.', '我 有 两 只 猫 。'],
      ['We have 2 sons.', '我们 有 两 个 儿子 。'],
      ['I have twenty-one books.', '我 有 二十 一 本 书 。'],
      ['I have 21 books.', '我 有 二十 一 本 书 。'],
      ['There are twelve students.', '有 十 二 个 学生 。'],
      ['I have a hundred books.', '我 有 一百 本 书 。'],
      ['I have one hundred books.', '我 有 一百 本 书 。'],
      ['I am 21.', '我 二十 一 岁 。'],
      ["I'm twenty-one years old.", '我 二十 一 岁 。'],
      ['Tom is 1 year old.', '汤姆 一 岁 。'],
    ];
    for (const [en, expected] of table) expect(zh(en), en).toBe(expected);
    for (const en of ['I have 21 book.', 'I have twenty-one cat.', 'I have a hundred cat.']) expect(check(v5, en).kind, en).toBe('outside');
  });

  it('tells the time with 点: an hour, o’clock, half past, minutes, noon', () => {
    const table: [string, string][] = [
      ["I get up at seven o'clock.", '我 七 点 起床 。'],
      ['I get up at 7.', '我 七 点 起床 。'],
      ['I get up at 7:05.', '我 七 点 零 五 分 起床 。'],
      ['We ate at noon.', '我们 中午 吃 了 东西 。'],
      ['Tom left at half past two.', '汤姆 两 点 半 离开 了 。'],
      ["It's 3:30.", '现在 三 点 半 。'],
      ["It's three o'clock.", '现在 三 点 。'],
      ['It is 10:45.', '现在 十 点 四十 五 分 。'],
      ['It is 12:00.', '现在 十 二 点 。'],
    ];
    for (const [en, expected] of table) expect(zh(en), en).toBe(expected);
    for (const en of ['It is seven:30.', "Tom is three o'clock.", 'It was 3:30.', 'It is 13:30.'])
      expect(check(v5, en).kind === 'ok', en).toBe(false);
  });
});
