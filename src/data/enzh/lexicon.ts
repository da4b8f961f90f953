/**
 * The en-zh lexicon, exactly the tables of shared/specs/en-zh.md. The grammar (grammar.ts) draws every
 * word from here; nothing else lists words.
 */
import { quote, type Reason } from '../reason';

/** Semantic class of a noun phrase's head: people ⊂ animate; things are the rest. */
export type Kind = 'person' | 'animal' | 'thing';

export interface Name {
  en: string;
  zh: string;
}
export const names: Name[] = [
  { en: 'tom', zh: '汤姆' },
  { en: 'jerry', zh: '杰瑞' },
  { en: 'mary', zh: '玛丽' },
  { en: 'john', zh: '约翰' },
  { en: 'lily', zh: '莉莉' },
];

export interface Pronoun {
  subj: string;
  obj: string;
  poss: string;
  zh: string;
  /** Chinese possessive, one token (the project's choice: `我的`, not `我 的`). */
  zhPoss: string;
  thirdSingular: boolean;
}
const pronoun = (subj: string, obj: string, poss: string, zh: string, thirdSingular = false): Pronoun => ({
  subj,
  obj,
  poss,
  zh,
  zhPoss: `${zh}的`,
  thirdSingular,
});
export const pronouns: Pronoun[] = [
  pronoun('i', 'me', 'my', '我'),
  pronoun('you', 'you', 'your', '你'),
  pronoun('he', 'him', 'his', '他', true),
  pronoun('she', 'her', 'her', '她', true),
  pronoun('we', 'us', 'our', '我们'),
  pronoun('they', 'them', 'their', '他们'),
];

export interface Noun {
  sg: string;
  pl: string;
  zh: string;
  classifier: string;
  kind: Kind;
}
const noun = (sg: string, pl: string, zh: string, classifier: string, kind: Kind): Noun => ({ sg, pl, zh, classifier, kind });
export const nouns: Noun[] = [
  noun('cat', 'cats', '猫', '只', 'animal'),
  noun('dog', 'dogs', '狗', '只', 'animal'),
  noun('mouse', 'mice', '老鼠', '只', 'animal'),
  noun('bird', 'birds', '鸟', '只', 'animal'),
  noun('teacher', 'teachers', '老师', '位', 'person'),
  noun('student', 'students', '学生', '个', 'person'),
  noun('doctor', 'doctors', '医生', '位', 'person'),
  noun('child', 'children', '孩子', '个', 'person'),
  noun('book', 'books', '书', '本', 'thing'),
  noun('letter', 'letters', '信', '封', 'thing'),
  noun('apple', 'apples', '苹果', '个', 'thing'),
  noun('cake', 'cakes', '蛋糕', '块', 'thing'),
  noun('cheese', 'cheese', '奶酪', '块', 'thing'),
  noun('fish', 'fish', '鱼', '条', 'thing'),
  noun('ball', 'balls', '球', '个', 'thing'),
  noun('car', 'cars', '车', '辆', 'thing'),
  noun('flower', 'flowers', '花', '朵', 'thing'),
  noun('photo', 'photos', '照片', '张', 'thing'),
];
/** `cheese` is a mass noun: only `the`, a possessor, or nothing. */
export const isMass = (n: Noun) => n.sg === 'cheese';

/** What a verb's object (or an adjective's noun) may be. */
export interface Takes {
  /** For messages: "people", "things", … in each UI language. */
  label: Reason;
  ok: (kind: Kind, head: string) => boolean;
}
const people: Takes = { label: { en: 'people', zh: '人' }, ok: (k) => k === 'person' };
const animate: Takes = { label: { en: 'people or animals', zh: '人或动物' }, ok: (k) => k !== 'thing' };
const things: Takes = { label: { en: 'things', zh: '物品' }, ok: (k) => k === 'thing' };
const any: Takes = { label: { en: 'anything', zh: '任何东西' }, ok: () => true };
const only = (...heads: string[]): Takes => ({
  label: { en: heads.map(quote).join(', '), zh: heads.map(quote).join('、') },
  ok: (_k, head) => heads.includes(head),
});

export interface Verb {
  base: string;
  s3: string;
  past: string;
  zh: string;
  object: Takes;
}
const verb = (base: string, s3: string, past: string, zh: string, object: Takes): Verb => ({ base, s3, past, zh, object });
export const verbs: Verb[] = [
  verb('chase', 'chases', 'chased', '追逐', animate),
  verb('see', 'sees', 'saw', '看见', any),
  verb('like', 'likes', 'liked', '喜欢', any),
  verb('help', 'helps', 'helped', '帮助', people),
  verb('catch', 'catches', 'caught', '抓住', animate),
  verb('visit', 'visits', 'visited', '拜访', people),
  verb('love', 'loves', 'loved', '爱', animate),
  verb('eat', 'eats', 'ate', '吃', only('apple', 'cake', 'cheese', 'fish')),
  verb('read', 'reads', 'read', '读', only('book', 'letter')),
  verb('write', 'writes', 'wrote', '写', only('book', 'letter')),
  verb('buy', 'buys', 'bought', '买', things),
  verb('find', 'finds', 'found', '找到', any),
];

export interface Adjective {
  en: string;
  zh: string;
  takes: Takes;
}
const animalsAndThings: Takes = { label: { en: 'animals and things', zh: '动物和物品' }, ok: (k) => k !== 'person' };
export const adjectives: Adjective[] = [
  { en: 'big', zh: '大', takes: any },
  { en: 'small', zh: '小', takes: any },
  { en: 'red', zh: '红色的', takes: animalsAndThings },
  { en: 'black', zh: '黑色的', takes: animalsAndThings },
  { en: 'white', zh: '白色的', takes: animalsAndThings },
  { en: 'new', zh: '新', takes: things },
  { en: 'hungry', zh: '饥饿的', takes: animate },
  { en: 'lazy', zh: '懒惰的', takes: animate },
  { en: 'happy', zh: '快乐的', takes: animate },
  { en: 'clever', zh: '聪明的', takes: animate },
];

/** A fixed phrase: several English tokens, one or more Chinese tokens. */
export interface Phrase {
  en: string[];
  zh: string[];
}
const phrase = (en: string, zh: string): Phrase => ({ en: en.split(' '), zh: zh.split(' ') });
export const manners: Phrase[] = [
  phrase('quickly', '很快地'),
  phrase('slowly', '慢慢地'),
  phrase('quietly', '悄悄地'),
  phrase('happily', '高兴地'),
];
export const places: Phrase[] = [
  phrase('in the kitchen', '在 厨房'),
  phrase('in the garden', '在 花园'),
  phrase('in the park', '在 公园'),
  phrase('at school', '在 学校'),
  phrase('in the library', '在 图书馆'),
  phrase('at home', '在 家'),
];

export type Tense = 'present' | 'past' | 'future';
export interface Time extends Phrase {
  tenses: Tense[];
}
const time = (en: string, zh: string, ...tenses: Tense[]): Time => ({ ...phrase(en, zh), tenses });
export const times: Time[] = [
  time('yesterday', '昨天', 'past'),
  time('last night', '昨晚', 'past'),
  time('today', '今天', 'present', 'past', 'future'),
  time('this morning', '今天早上', 'present', 'past', 'future'),
  time('tomorrow', '明天', 'future'),
  time('every day', '每天', 'present'),
];

export const numbers: Phrase[] = [phrase('two', '两'), phrase('three', '三'), phrase('four', '四'), phrase('five', '五')];

/** Words the grammar itself writes: determiners, auxiliaries, conjunctions, marks. */
export const functionWords = ['the', 'a', 'an', "'s", 'that', 'and', 'but', 'because', 'will', 'does', 'do', 'did', 'not', '.', '?'];

/** Every English token of the language. */
export const englishVocabulary: ReadonlySet<string> = new Set([
  ...names.map((n) => n.en),
  ...pronouns.flatMap((p) => [p.subj, p.obj, p.poss]),
  ...nouns.flatMap((n) => [n.sg, n.pl]),
  ...verbs.flatMap((v) => [v.base, v.s3, v.past]),
  ...adjectives.map((a) => a.en),
  ...[...manners, ...places, ...times, ...numbers].flatMap((p) => p.en),
  ...functionWords,
]);
