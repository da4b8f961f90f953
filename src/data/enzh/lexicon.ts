/**
 * The en-zh lexicon: the tables of docs/spec/en-zh.md (the core, kept exactly) grown by the everyday
 * words of en-zh-everyday.md (words.ts). The grammar (enzhGrammar.ts) draws every word from here.
 *
 * The language has versions: 4 is the one the shipped models were trained on, 5 grows it (issue 27).
 * `enzhLexicon(version)` builds one version's tables, once; what only version 5 has is marked `v5`.
 */
import { quote, type Reason } from '../reason';
import { adjectiveEntries, nounEntries, phrasalEntries, verbEntries } from './words';
import { degrees5, prepositions5, relativeTimes5, teacherWords5 } from './teacher5';
import { ages5, counts5, dayTimes5, hours5, minutes5 } from './numbers5';
import { surnames5, titles5, typedExpressions5 } from './typed5';
import {
  expressionEntries5,
  factClasses5,
  clauseVerbs5,
  dativeLines5,
  dativeObjects5,
  dativeTo5,
  doFrames5,
  familyNames5,
  frameLines5,
  nounLines5,
  possessivePronouns5,
  commandManners5,
  howWell5,
  verbWords5,
  objectToLines,
  placeNames5,
  timeLines5,
  linkingVerbs,
  participleEntries,
  quantifierDeterminers,
  quantifierWords,
  sites5,
  situationAdjectives4,
  ambientAdjectives4,
  stateNegations,
  stateStems,
  thingAlone5,
  thingSubjects5,
  type LinkingVerb,
  type QuantifierDeterminer,
  type QuantifierWord,
} from './grammarWords5';
import {
  addressEntries,
  adjectiveEntries5,
  adjectiveFrameEntries,
  dativeEntries,
  phrasalEntries5,
  frameEntries,
  nounEntries5,
  v4Comparisons,
  v4VerbForms,
  v4Widenings,
  verbEntries5,
  type Adjective5Entry,
  type FrameEntry,
} from './words5';

/** Semantic class of a noun phrase's head: people ⊂ animate; things are the rest. */
export type Kind = 'person' | 'animal' | 'thing';

export interface Name {
  en: string;
  zh: string;
}
const names: Name[] = [
  { en: 'tom', zh: '汤姆' },
  { en: 'jerry', zh: '杰瑞' },
  { en: 'mary', zh: '玛丽' },
  { en: 'john', zh: '约翰' },
  { en: 'lily', zh: '莉莉' },
  { en: 'anna', zh: '安娜' },
  { en: 'ben', zh: '本' },
  { en: 'sam', zh: '山姆' },
  { en: 'lucy', zh: '露西' },
  { en: 'jack', zh: '杰克' },
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
/** Words written with a capital letter, in every version of the language. */
export const properNouns: readonly string[] = [
  ...names.map((n) => n.en),
  ...addressEntries.filter((a) => a.kind === 'name' || a.kind === 'place').map((a) => a.en),
  ...placeNames5.map(([en]) => en),
];
/** v5: places said by name (`China` → 中国). */
const places5: Name[] = [
  ...addressEntries.filter((a) => a.kind === 'place').map((a) => ({ en: a.en, zh: a.zh })),
  ...placeNames5.map(([en, zh]) => ({ en, zh })),
];
/** v5's names: words5.ts's (but God), and family words said as names. */
const names5: Name[] = [
  ...addressEntries.filter((a) => a.kind === 'name' && a.zh !== '上帝').map((a) => ({ en: a.en, zh: a.zh })),
  ...familyNames5.map(([en, zh]) => ({ en, zh })),
];

const pronoun = (subj: string, obj: string, poss: string, zh: string, thirdSingular = false): Pronoun => ({
  subj,
  obj,
  poss,
  zh,
  zhPoss: `${zh}的`,
  thirdSingular,
});
const pronouns: Pronoun[] = [
  pronoun('i', 'me', 'my', '我'),
  pronoun('you', 'you', 'your', '你'),
  pronoun('he', 'him', 'his', '他', true),
  pronoun('she', 'her', 'her', '她', true),
  pronoun('we', 'us', 'our', '我们'),
  pronoun('they', 'them', 'their', '他们'),
];
/** A noun phrase's head as typed in object position: pronouns keep their subject form as head (`me` → `i`). */
export const objectForm = (head: string) => pronouns.find((p) => p.subj === head)?.obj ?? head;
/** `it`: subject, object and possessive; it stands for anything (`It is hot.` is the weather). */
const it: Pronoun = pronoun('it', 'it', 'its', '它', true);

export interface Noun {
  sg: string;
  pl: string;
  zh: string;
  classifier: string;
  kind: Kind;
  /** Finer classes (food, drink, room, furniture, …) that verbs, adjectives and places select. */
  tags: string[];
}
const noun = (sg: string, pl: string, zh: string, classifier: string, kind: Kind, ...tags: string[]): Noun => ({
  sg,
  pl,
  zh,
  classifier,
  kind,
  tags: [kind, ...tags],
});
const coreNouns: Noun[] = [
  noun('cat', 'cats', '猫', '只', 'animal'),
  noun('dog', 'dogs', '狗', '只', 'animal'),
  noun('mouse', 'mice', '老鼠', '只', 'animal'),
  noun('bird', 'birds', '鸟', '只', 'animal'),
  noun('teacher', 'teachers', '老师', '位', 'person'),
  noun('student', 'students', '学生', '个', 'person'),
  noun('doctor', 'doctors', '医生', '位', 'person'),
  noun('child', 'children', '孩子', '个', 'person'),
  noun('book', 'books', '书', '本', 'thing', 'read', 'portable'),
  noun('letter', 'letters', '信', '封', 'thing', 'read', 'portable'),
  noun('apple', 'apples', '苹果', '个', 'thing', 'food'),
  noun('cake', 'cakes', '蛋糕', '块', 'thing', 'food'),
  noun('cheese', 'cheese', '奶酪', '块', 'thing', 'food', 'mass'),
  noun('fish', 'fish', '鱼', '条', 'thing', 'food'),
  noun('ball', 'balls', '球', '个', 'thing', 'toy', 'portable'),
  noun('car', 'cars', '车', '辆', 'thing', 'vehicle'),
  noun('flower', 'flowers', '花', '朵', 'thing', 'plant', 'portable'),
  noun('photo', 'photos', '照片', '张', 'thing', 'picture', 'portable'),
];
const massNouns = new Set(
  'breakfast lunch dinner weather bread rice meat soup water milk tea coffee juice beer grass money time hair paper homework music english chinese chocolate'.split(
    ' ',
  ),
);
const everydayNouns: Noun[] = nounEntries.map((e) =>
  noun(e.sg, e.pl, e.zh, e.classifier, e.tags[0] as Kind, ...e.tags.slice(1), ...(massNouns.has(e.sg) ? ['mass'] : [])),
);
/** Mass nouns (`cheese`, `water`): only `the`, a possessor, `some`, a demonstrative, or nothing. */
export const isMass = (n: Noun) => n.tags.includes('mass');

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
/** Words that stand for anything (`it`) or any thing (`this`, `that`, …): they fit every class they could. */
const wildcards: Record<string, Kind[]> = {
  it: ['person', 'animal', 'thing'],
  this: ['thing'],
  that: ['thing'],
  these: ['thing'],
  those: ['thing'],
};
/**
 * How a message names a class of nouns (`portable`, `read`, `person`, …), in every version. Any other tag
 * is a noun's own singular (`ball`), said with that noun: its plural, its Chinese.
 */
const classLabels: Record<string, Reason> = {
  abstract: { en: 'abstract things', zh: '抽象的事物' },
  animal: { en: 'animals', zh: '动物' },
  body: { en: 'bodies', zh: '身体' },
  building: { en: 'buildings', zh: '建筑' },
  clothes: { en: 'clothes', zh: '衣服' },
  drink: { en: 'drinks', zh: '饮料' },
  event: { en: 'events', zh: '活动' },
  food: { en: 'food', zh: '食物' },
  furniture: { en: 'furniture', zh: '家具' },
  home: { en: 'houses', zh: '房子' },
  language: { en: 'languages', zh: '语言' },
  meal: { en: 'meals', zh: '饭' },
  nature: { en: 'places in nature', zh: '自然景物' },
  person: { en: 'people', zh: '人' },
  place: { en: 'places', zh: '地方' },
  plant: { en: 'plants', zh: '植物' },
  portable: { en: 'things you carry', zh: '随身带的东西' },
  read: { en: 'things to read', zh: '读物' },
  room: { en: 'rooms', zh: '房间' },
  thing: { en: 'things', zh: '东西' },
  vehicle: { en: 'vehicles', zh: '交通工具' },
};
/** v5's `things`: what you can hold, buy or give (`isConcrete`), not a room, a place or an idea. */
const concreteLabel: Reason = { en: 'things you can hold', zh: '拿得到的东西' };
/** `a`, `a or b`, `a, b or c`; 甲、乙或丙. */
const or = (words: string[], comma: string, or: string) =>
  words.length > 1 ? `${words.slice(0, -1).join(comma)}${or}${words.at(-1)}` : (words[0] ?? '');
const labelOf = (labels: Reason[]): Reason => ({
  en: or([...new Set(labels.map((l) => l.en))], ', ', ' or '),
  zh: or([...new Set(labels.map((l) => l.zh))], '、', '或'),
});
/**
 * Takes nouns with any of `tags` (a class, `person`, `animal`, `thing`, or a noun's own singular);
 * `tagsOf` gives a noun's classes in the lexicon being built, `nounOf` a noun by its singular (for labels).
 */
const takesIn =
  (tagsOf: (head: string) => readonly string[], nounOf: (head: string) => Noun | undefined, concreteThings = false) =>
  (tags: readonly string[]): Takes => {
    if (tags.includes('any')) return any;
    // v5: `things` are what you can hold, buy or give: no idea, time, place or event (`buy a death`).
    const concrete = concreteThings && tags.includes('things');
    const kinds = tags.flatMap((t) => (t === 'animate' ? ['person', 'animal'] : t === 'things' ? ['thing'] : [t]));
    const classes = concrete ? kinds.filter((k) => k !== 'thing') : kinds;
    const named = (t: string): Reason => {
      if (concrete && t === 'thing') return concreteLabel;
      const n = nounOf(t);
      return classLabels[t] ?? (n ? { en: n.pl, zh: n.zh } : { en: t, zh: t });
    };
    return {
      label: labelOf(kinds.map(named)),
      ok: (kind, head) =>
        (wildcards[head]?.some((k) => kinds.includes(k)) ?? false) ||
        classes.includes(kind) ||
        tagsOf(head).some((t) => classes.includes(t)) ||
        classes.includes(head) ||
        (concrete && kind === 'thing' && isConcrete(tagsOf(head))) ||
        // v5: `something`, `nothing`, … stand for any thing a verb takes.
        (concreteThings &&
          kind === 'thing' &&
          thingQuantifiers.has(head) &&
          (concrete || classes.some((c) => c !== 'person' && c !== 'animal'))),
    };
  };
/** v5: quantifiers that stand for a thing (grammarWords5.ts). */
const thingQuantifiers: ReadonlySet<string> = new Set(
  'something nothing anything everything it this that these those mine yours his hers ours theirs'.split(' '),
);
/** v5: noun classes of things that are not concrete, unless also of a concrete class (`football`, the ball). */
const notConcrete: ReadonlySet<string> = new Set(
  'abstract time unit event place room building nature body subject language holiday season weekday month sport weather'.split(' '),
);
const concreteClasses: ReadonlySet<string> = new Set(
  'portable toy food drink clothes vehicle furniture machine weapon picture read plant home'.split(' '),
);
const isConcrete = (tags: readonly string[]) => tags.some((t) => concreteClasses.has(t)) || !tags.some((t) => notConcrete.has(t));

export interface Verb {
  base: string;
  s3: string;
  past: string;
  /** The -ing form (progressive), or null where the language has none (`go`: `be going to` is the future; `come` until v5). */
  ing: string | null;
  /** Chinese with an object, or null for verbs that take none. */
  zh: string;
  object: Takes | null;
  /** Chinese tokens when used without an object (`eat` → 吃 东西), or null if the verb needs one. */
  alone: string[] | null;
  /** A particle that always follows (`sit down` → 坐下), whose Chinese is `alone`. */
  particle?: string;
  /** v5: the past participle (`seen`), for the present perfect and participles as adjectives. */
  participle?: string;
  /** v5: what the verb takes besides a noun object (words5.ts): a clause, `if`, `to` + a verb, an object + `to`. */
  patterns?: ReadonlySet<Pattern>;
  /** v5: a phrasal verb's Chinese with its object at `X` (`turn on` → 打开 X); `object` says what it takes. */
  phrasal?: string[];
}
export type Pattern = 'that' | 'if' | 'to' | 'object-to';

/** v5: a verb with a fixed preposition, or a fixed Chinese for some objects (`talk to` → 跟 X 说话, `take a shower` → 洗澡). */
export interface Frame {
  base: string;
  /** The words between the verb and its object (`to`, `rid of`), none for a fixed object. */
  preposition: string[];
  objects: Takes;
  /** Chinese tokens, `X` where the object's Chinese goes; without `X` the object is part of it. */
  zh: string[];
}
/** A table of grammarWords5.ts in words5.ts's frame notation (`base[+preposition] objects | 中文`). */
const frameTable = (lines: string): FrameEntry[] =>
  lines
    .trim()
    .split('\n')
    .map((l) => {
      const [head, zh] = l.split('|').map((f) => f.trim().split(/\s+/));
      const [base, ...preposition] = head![0]!.split('+');
      return { base: base!, preposition, objects: head!.slice(1), zh: zh! };
    });
/** words5.ts's frames and grammarWords5.ts's, in one list (the frames of patterns wait for their construction). */
const frameEntries5 = (): FrameEntry[] => [...frameEntries, ...frameTable(frameLines5), ...frameTable(doFrames5)];

/** v5: a verb with two objects (`Give Tom the ball.` → 给 汤姆 球 。): `X` the person, `Y` the thing. */
export interface Dative {
  base: string;
  zh: string[];
  /** The thing first and `to` + the person, with a known thing (`Give the ball to Tom.` → 把 Y 给 X), if said so. */
  to?: string[];
  people: Takes;
  things: Takes;
}
const patternNames: ReadonlySet<string> = new Set<Pattern>(['that', 'if', 'to', 'object-to']);
const ingOf = (base: string) =>
  base.endsWith('e') && !base.endsWith('ee')
    ? `${base.slice(0, -1)}ing`
    : /[^aeiou][aeiou][bptgnm]$/.test(base)
      ? `${base}${base.at(-1)}ing`
      : `${base}ing`;
const verb = (base: string, s3: string, past: string, zh: string, object: Takes, alone: string[] | null = null): Verb => ({
  base,
  s3,
  past,
  ing: ingOf(base),
  zh,
  object,
  alone,
});
const coreVerbs: Verb[] = [
  verb('chase', 'chases', 'chased', '追逐', animate),
  verb('see', 'sees', 'saw', '看见', any),
  verb('like', 'likes', 'liked', '喜欢', any),
  verb('help', 'helps', 'helped', '帮助', people),
  verb('catch', 'catches', 'caught', '抓住', animate),
  verb('visit', 'visits', 'visited', '拜访', people),
  verb('love', 'loves', 'loved', '爱', animate),
  verb('eat', 'eats', 'ate', '吃', only('apple', 'cake', 'cheese', 'fish'), ['吃', '东西']),
  verb('read', 'reads', 'read', '读', only('book', 'letter'), ['读书']),
  verb('write', 'writes', 'wrote', '写', only('book', 'letter'), ['写字']),
  verb('buy', 'buys', 'bought', '买', things),
  verb('find', 'finds', 'found', '找到', any),
];
/** The core's `eat`, `read`, `write` take the everyday objects of their kind too. */
const widened: Record<string, string[]> = { eat: ['food', 'meal'], read: ['read'], write: ['read'] };
const verbsOf = (takes: (tags: readonly string[]) => Takes): Verb[] => [
  ...coreVerbs.map((v) => (widened[v.base] ? { ...v, object: takes(widened[v.base]!) } : v)),
  ...verbEntries.map((e) => ({
    base: e.base,
    s3: e.s3,
    past: e.past,
    ing: e.base === 'go' || e.base === 'come' ? null : e.ing,
    zh: e.zh ?? '',
    object: e.objects.length ? takes(e.objects) : null,
    alone: e.intransitive ? e.intransitive.split(' ') : null,
  })),
  ...phrasalEntries.map((e) => ({
    base: e.base,
    s3: e.s3,
    past: e.past,
    ing: null,
    zh: '',
    object: null,
    alone: [e.zh],
    particle: e.particle,
  })),
];
/** Verbs whose subject is the weather's `it`, which Chinese leaves out (`It is raining.` → 在 下雨 。). */
const weatherVerbs = new Set(['rain', 'snow']);
/** Verbs followed by where, Chinese after the verb (`I live here.` → 我 住 在 这里 。). */
const residing = new Set(['live']);
/** Verbs that take `to` + a verb (`I want to sleep.` → 我 想 睡觉 。), with their Chinese. */
const catenatives: Record<string, string> = { want: '想', need: '需要', like: '喜欢', try: '试着' };

export interface Adjective {
  en: string;
  /** Chinese before a noun (`饥饿的 狗`). */
  zh: string;
  takes: Takes;
  /** Chinese after the subject (`狗 很 饿`); a colour is `是 红色的`. */
  pred: string[];
  /** Takes 很, very, too …; colours don't. */
  gradable: boolean;
  /** Describes the weather with `it` (`It is hot.` → 很 热 。), or how things are (v5: `It's okay.` → 没事 。). */
  weather: boolean;
  /** Goes before a noun; states like `tired` (累) only follow `be`. */
  attributive: boolean;
  /** v5: follows `be` (false for `favorite`, `extra`, …, which only go before a noun). */
  predicative?: boolean;
  /** v5: describes the situation, the dummy `it`, said 这 (`It's important.` → 这 很 重要 。). */
  situation?: boolean;
  /** v5: a state said with 了 (`ready` → 准备好了): the Chinese in the future and after 没 (准备好), or null. */
  stem?: string[] | null;
  /** v5: the state negated (`not ready` → 没 准备好; `not free` → 没空), or null where it can't be. */
  not?: string[] | null;
  /** v5: the comparative and superlative (`taller`, `more beautiful`; `tallest`, `most beautiful`), if compared. */
  comparative?: string[];
  superlative?: string[];
}
const animalsAndThings: Takes = { label: { en: 'animals and things', zh: '动物和物品' }, ok: (k) => k !== 'person' };
const predicativeOnly = new Set(['busy', 'tired', 'thirsty', 'sleepy', 'sorry', 'glad', 'afraid', 'warm', 'cool', 'fine', 'sure']);
const adjective = (en: string, zh: string, t: Takes, pred: string, extra: Partial<Adjective> = {}): Adjective => ({
  en,
  zh,
  takes: t,
  pred: pred.split(' '),
  gradable: true,
  weather: false,
  attributive: !predicativeOnly.has(en),
  ...extra,
});
const colour = (en: string, zh: string) => adjective(en, zh, animalsAndThings, `是 ${zh}`, { gradable: false });
const adjectivesOf = (takes: (tags: readonly string[]) => Takes): Adjective[] => [
  adjective('big', '大', any, '大'),
  adjective('small', '小', any, '小'),
  colour('red', '红色的'),
  colour('black', '黑色的'),
  colour('white', '白色的'),
  adjective('new', '新', things, '新'),
  adjective('hungry', '饥饿的', animate, '饿'),
  adjective('lazy', '懒惰的', animate, '懒'),
  adjective('happy', '快乐的', animate, '高兴'),
  adjective('clever', '聪明的', animate, '聪明'),
  ...adjectiveEntries.map((e) =>
    e.takes[0] === 'color'
      ? colour(e.en, `${e.zh}的`)
      : e.takes[0] === 'fact'
        ? adjective(e.en, e.zh, any, `是 ${e.zh}`, { gradable: false, attributive: false })
        : e.takes[0] === 'state'
          ? adjective(e.en, e.zh, takes(e.takes.slice(1)), e.zh, { gradable: false, attributive: false })
          : adjective(e.en, [...e.zh].length === 1 ? e.zh : `${e.zh}的`, takes(e.takes.filter((t) => t !== 'weather')), e.zh, {
              weather: e.takes.includes('weather'),
            }),
  ),
];

/** A fixed phrase: several English tokens, one or more Chinese tokens. */
export interface Phrase {
  en: string[];
  zh: string[];
}
const phrase = (en: string, zh: string): Phrase => ({ en: en.split(' '), zh: zh.split(' ') });
const manners: Phrase[] = [
  phrase('quickly', '很快地'),
  phrase('slowly', '慢慢地'),
  phrase('quietly', '悄悄地'),
  phrase('happily', '高兴地'),
  phrase('carefully', '小心地'),
  phrase('loudly', '大声地'),
];
/** Place nouns used bare after `at` (`at school`, `at home`), with their Chinese. */
const barePlaces: Record<string, string> = { school: '学校', home: '家' };
/** Prepositions of place: Chinese `在 X <after>`, and `X <inside>` in `there is … <place>` (花园 里 有 …). */
export interface Preposition {
  en: string[];
  after: string[];
  inside: string[];
  /** Noun classes it goes with. */
  nouns: string[];
}
const prep = (en: string, after: string, inside: string, nouns: string): Preposition => ({
  en: en.split(' '),
  after: after ? after.split(' ') : [],
  inside: inside.split(' '),
  nouns: nouns.split(' '),
});
const prepositions: Preposition[] = [
  prep('in', '', '里', 'room place'),
  prep('at', '', '里', 'place'),
  prep('on', '上', '上', 'furniture'),
  prep('under', '下', '下', 'furniture'),
  prep('near', '附近', '附近', 'place furniture building'),
  prep('behind', '后面', '后面', 'furniture building'),
  prep('in front of', '前面', '前面', 'building'),
];
/** `here`, `there`: `在 这里` after a verb or `be`, `这里 有 …` in `there is …`. */
const placeAdverbs: Phrase[] = [phrase('here', '这里'), phrase('there', '那里')];

export type Tense = 'present' | 'past' | 'future';
export interface Time extends Phrase {
  tenses: Tense[];
}
const time = (en: string, zh: string, ...tenses: Tense[]): Time => ({ ...phrase(en, zh), tenses });
const times: Time[] = [
  time('yesterday', '昨天', 'past'),
  time('last night', '昨晚', 'past'),
  time('today', '今天', 'present', 'past', 'future'),
  time('this morning', '今天早上', 'present', 'past', 'future'),
  time('tomorrow', '明天', 'future'),
  time('every day', '每天', 'present'),
  time('now', '现在', 'present', 'future'),
  time('tonight', '今晚', 'present', 'future'),
  time('this afternoon', '今天下午', 'present', 'past', 'future'),
  time('this evening', '今天晚上', 'present', 'past', 'future'),
  time('last week', '上周', 'past'),
  time('next week', '下周', 'future'),
  time('soon', '很快', 'future'),
];
/** Frequency adverbs, before the verb in both languages (present tense, affirmative). */
const frequencies: Phrase[] = [
  phrase('always', '总是'),
  phrase('usually', '通常'),
  phrase('often', '经常'),
  phrase('sometimes', '有时候'),
  phrase('never', '从不'),
];
/** Adjectives an order can ask for (`Be careful!` → 小心 ！). */
const biddable = new Set(['careful', 'quiet', 'good', 'nice', 'kind', 'brave', 'happy', 'friendly']);
/** Degree adverbs before a predicate adjective: very → 很, too → 太 … 了, really → 真, so → 好. */
export interface Degree {
  en: string;
  zh: string;
  /** A particle after the adjective (`太 热 了`). */
  after?: string;
}
const degrees: Degree[] = [
  { en: 'very', zh: '很' },
  { en: 'too', zh: '太', after: '了' },
  { en: 'really', zh: '真' },
  { en: 'so', zh: '好' },
];

const numbers: Phrase[] = [
  phrase('two', '两'),
  phrase('three', '三'),
  phrase('four', '四'),
  phrase('five', '五'),
  phrase('six', '六'),
  phrase('seven', '七'),
  phrase('eight', '八'),
  phrase('nine', '九'),
  phrase('ten', '十'),
];
/** Numbers as ages (`I am ten.` → 我 十 岁 。). */
const ages: Phrase[] = [phrase('one', '一'), phrase('two', '两'), ...numbers.slice(1)];

/** Demonstratives: as a determiner (`this book` → 这 本 书) and as a pronoun (subject 这, object 这个). */
export interface Demonstrative {
  en: string;
  plural: boolean;
  /** Before a classifier, or alone as a subject. */
  zh: string;
  /** As an object. */
  object: string;
}
const demonstratives: Demonstrative[] = [
  { en: 'this', plural: false, zh: '这', object: '这个' },
  { en: 'that', plural: false, zh: '那', object: '那个' },
  { en: 'these', plural: true, zh: '这些', object: '这些' },
  { en: 'those', plural: true, zh: '那些', object: '那些' },
];

/** Modal verbs: Chinese affirmative and negated. */
export interface Modal {
  en: string;
  zh: string;
  not: string;
}
const modals: Modal[] = [
  { en: 'can', zh: '能', not: '不能' },
  { en: 'could', zh: '可以', not: '不能' },
  { en: 'should', zh: '应该', not: '不应该' },
  { en: 'must', zh: '必须', not: '不可以' },
  { en: 'may', zh: '可以', not: '不可以' },
  { en: 'might', zh: '可能', not: '可能不' },
];

/** Fixed expressions: greetings, thanks, answers. `mark` is the final mark they take when none is typed. */
export interface Expression extends Phrase {
  mark: '.' | '!' | '?';
  /** May open a longer sentence after a comma (`Hi, I am Tom.`). */
  opener: boolean;
}
const expression = (en: string, zh: string, mark: Expression['mark'] = '.', opener = false): Expression => ({
  ...phrase(en, zh),
  mark,
  opener,
});
const expressions: Expression[] = [
  expression('hi', '你好', '.', true),
  expression('hello', '你好', '.', true),
  expression('thank you', '谢谢 你', '.', true),
  expression('thanks', '谢谢', '.', true),
  expression('sorry', '对不起', '.', true),
  expression('excuse me', '不好意思', '.', true),
  expression('good morning', '早上好', '.', true),
  expression('good afternoon', '下午好', '.', true),
  expression('good evening', '晚上好', '.', true),
  expression('good night', '晚安'),
  expression('goodbye', '再见'),
  expression('bye', '再见'),
  expression('see you tomorrow', '明天 见'),
  expression('see you later', '回头 见'),
  expression('yes', '是的', '.', true),
  expression('no', '不', '.', true),
  expression('ok', '好的', '.', true),
  expression('okay', '好的', '.', true),
  expression('oh', '哦', '.', true),
  expression('wow', '哇', '!', true),
  expression('help', '救命', '!'),
  expression('welcome', '欢迎'),
  expression('congratulations', '恭喜'),
  expression('happy birthday', '生日 快乐', '!'),
  expression('happy new year', '新年 快乐', '!'),
  expression('good luck', '祝 你 好运', '!'),
  expression('no problem', '没 问题'),
  expression('of course', '当然'),
  expression('me too', '我 也 是'),
  expression('never mind', '没关系'),
  expression('nice to meet you', '很 高兴 认识 你'),
  expression('how are you', '你 好 吗', '?'),
  expression('what time is it', '现在 几 点', '?'),
  expression('what about you', '你 呢', '?'),
  expression('really', '真的 吗', '?'),
  expression('i see', '我 明白 了'),
  expression('good job', '干得好', '!'),
  expression('well done', '干得好', '!'),
];

/** Words the grammar itself writes: determiners, auxiliaries, conjunctions, marks. */
const functionWords = [
  ...['the', 'a', 'an', "'s", 'that', 'and', 'but', 'because', 'will', 'does', 'do', 'did', 'not', '.', '?', '!', ','],
  ...['am', 'is', 'are', 'was', 'were', 'be', 'to', 'some', 'one', 'years', 'old', 'going', 'for', 'year', 'please', 'let', 'us'],
  ...['would', 'what', 'where', 'who', 'why', 'when', 'how', 'doing', 'there', 'too', 'home', 'work'],
];

// ---- Version 5 (issue 27): words5.ts and grammarWords5.ts wired in -----------------------------------

/** Verbs of states, which take no progressive in v5 (`I am knowing` is not English). */
const stative: ReadonlySet<string> = new Set(
  'know own believe understand remember forget want need like love hate mean seem belong matter see hear care wish suppose fit'.split(' '),
);
/** Verbs + `to` + a verb that v5 adds, with the Chinese before the verb (the verb's own, unless listed). */
const catenatives5: Record<string, string> = { learn: '学' };

const isPattern = (o: string): o is Pattern => patternNames.has(o);

/** v5's verbs: v4's grown (objects, forms; no progressive for states), then words5.ts's. */
function verbs5(v4: Verb[], takes: (tags: readonly string[]) => Takes): Verb[] {
  const forms = new Map(v4VerbForms.map((f) => [f.base, f]));
  const widen = new Map(v4Widenings.map((w) => [w.base, w]));
  const grown = v4.map((v): Verb => {
    if (v.particle) return v;
    const f = forms.get(v.base);
    const w = widen.get(v.base);
    const nounObjects = w?.objects.filter((o) => !isPattern(o)) ?? [];
    return {
      ...v,
      // `come` has its progressive in v5 (`I'm coming.`); `go`'s stays `be going to`.
      ing: v.base === 'come' && !v.particle ? 'coming' : v.ing === null || stative.has(v.base) ? null : (f?.ing ?? v.ing),
      participle: f?.participle,
      object: nounObjects.length ? takes(nounObjects) : v.object === things ? takes(['things']) : v.object,
      alone: v.alone ?? (w?.alone.length ? w.alone : null),
      patterns: new Set(w?.objects.filter(isPattern)),
    };
  });
  const known = new Set(v4.filter((v) => !v.particle).map((v) => v.base));
  const added = verbEntries5
    .filter((e) => !known.has(e.base))
    .map((e): Verb => {
      const nounObjects = e.objects.filter((o) => !isPattern(o));
      return {
        base: e.base,
        s3: e.s3,
        past: e.past,
        participle: e.participle,
        ing: stative.has(e.base) ? null : e.ing,
        zh: e.zh ?? '',
        object: e.zh && nounObjects.length ? takes(nounObjects) : null,
        alone: e.intransitive && !thingAlone5.has(e.base) ? e.intransitive.split(' ') : null,
        patterns: new Set(e.objects.filter(isPattern)),
      };
    });
  // words5.ts's phrasal verbs: with an object (`Turn on the light.` → 打开 灯), or without, as v4's.
  const v4Particles = new Set(v4.filter((v) => v.particle).map((v) => `${v.base} ${v.particle}`));
  const phrasals = phrasalEntries5
    .filter((e) => !v4Particles.has(`${e.base} ${e.particle}`))
    .map((e): Verb => ({
      base: e.base,
      s3: e.s3,
      past: e.past,
      participle: e.participle,
      ing: e.objects.length ? e.ing : null,
      zh: '',
      object: e.objects.length ? takes(e.objects) : null,
      alone: e.objects.length ? null : e.zh,
      particle: e.particle,
      phrasal: e.objects.length ? e.zh : undefined,
    }));
  // `do` as a main verb (`Do your homework.`), with its frames only (grammarWords5.ts).
  const doing: Verb = { base: 'do', s3: 'does', past: 'did', participle: 'done', ing: 'doing', zh: '', object: null, alone: null };
  return [...grown, ...added, ...phrasals, doing];
}

/** A state said with 了 (`ready` → 准备好了): its stem (准备好) and its negation (没 准备好). */
const stateForms = (zh: string): { stem: string[] | null; not: string[] | null } => {
  const stem = stateStems[zh] ?? (zh.endsWith('了') ? [zh.slice(0, -1)] : [zh]);
  const not = Object.hasOwn(stateNegations, zh) ? stateNegations[zh]! : zh.endsWith('了') ? ['没', ...stem!] : ['不', zh];
  return { stem, not };
};

const adjectiveFlags = new Set(['fact', 'state', 'color', 'situation', 'predicative', 'attributive', 'weather']);
/** An adjective of words5.ts's notation (and grammarWords5.ts's participles). */
const adjective5 = (e: Adjective5Entry, takes: (tags: readonly string[]) => Takes): Adjective => {
  const t = new Set(e.takes);
  const classes = t.has('fact') ? (factClasses5[e.en] ?? ['abstract']) : e.takes.filter((x) => !adjectiveFlags.has(x));
  const describes = classes.length ? takes(classes) : t.has('weather') || t.has('fact') ? takes([]) : any;
  const situation = t.has('situation') || t.has('fact');
  if (t.has('color')) return colour(e.en, `${e.zh}的`);
  if (t.has('fact')) return adjective(e.en, e.zh, describes, `是 ${e.zh}`, { gradable: false, attributive: false, situation });
  if (t.has('state')) return adjective(e.en, e.zh, describes, e.zh, { gradable: false, attributive: false, ...stateForms(e.zh) });
  return adjective(e.en, [...e.zh].length === 1 ? e.zh : `${e.zh}的`, describes, e.zh, {
    weather: t.has('weather'),
    situation,
    attributive: !t.has('predicative') && !predicativeOnly.has(e.en),
    predicative: !t.has('attributive'),
  });
};

/** v5's adjectives: v4's (states get their stems; some describe a situation), then words5.ts's and the participles. */
const adjectives5 = (v4: Adjective[], takes: (tags: readonly string[]) => Takes): Adjective[] => [
  ...v4.map((a) => ({
    ...a,
    ...(factClasses5[a.en] ? { takes: takes(factClasses5[a.en]!) } : {}),
    situation: situationAdjectives4.has(a.en),
    // `It's okay.` → 没事 。, `It's fine.` → 很 好 。: how things are, with no 它 (as the weather's `it`).
    ...(ambientAdjectives4.has(a.en) ? { weather: true } : {}),
    ...(a.gradable || a.pred[0] === '是' ? {} : stateForms(a.pred.join(''))),
    ...compared(a.en, v4Compared.get(a.en)),
  })),
  ...[...adjectiveEntries5, ...participleEntries].map((e) => ({ ...adjective5(e, takes), ...compared(e.en, e) })),
];
const v4Compared = new Map(v4Comparisons.map((c) => [c.en, c]));
/** An adjective's comparison as tokens: `more` stands for `more …` / `most …`. */
const compared = (en: string, c: { comparative: string | null; superlative: string | null } | undefined) =>
  c?.comparative && c.superlative
    ? {
        comparative: c.comparative === 'more' ? ['more', en] : [c.comparative],
        superlative: c.superlative === 'more' ? ['most', en] : [c.superlative],
      }
    : {};

export type EnzhVersion = 4 | 5;
export const enzhVersions: readonly EnzhVersion[] = [4, 5];

/** One version of the language's words, as the grammar reads them. */
export interface Lexicon {
  version: EnzhVersion;
  /** Version 5's growth (issue 27) is in: the grammar's new rules are guarded by this. */
  v5: boolean;
  names: Name[];
  pronouns: Pronoun[];
  it: Pronoun;
  nouns: Noun[];
  isMass: (n: Noun) => boolean;
  /** A noun's classes, by its singular. */
  tagsOf: (head: string) => readonly string[];
  /** A thing one can hold, see or buy, not an idea, a time or a place (v5). */
  concrete: (head: string) => boolean;
  /** What nouns of the given classes a word takes (see `takes` in words.ts's notation). */
  takes: (tags: readonly string[]) => Takes;
  verbs: Verb[];
  /** v5: verbs said of a thing with no object (`The phone rang.`), by the thing (its singular). */
  thingVerbs: ReadonlyMap<string, Verb[]>;
  weatherVerbs: ReadonlySet<string>;
  residing: ReadonlySet<string>;
  catenatives: Readonly<Record<string, string>>;
  adjectives: Adjective[];
  manners: Phrase[];
  barePlaces: Readonly<Record<string, string>>;
  prepositions: Preposition[];
  /** v5: places `in`, `at` and `to` take without a word for where in them (在 酒吧, but 在 湖 里). */
  sites: ReadonlySet<string>;
  placeAdverbs: Phrase[];
  times: Time[];
  frequencies: Phrase[];
  biddable: ReadonlySet<string>;
  degrees: Degree[];
  numbers: Phrase[];
  /** v5: counts beyond `ten` (`twenty-one`, `a hundred`, `21`), numbers5.ts. */
  counts: Phrase[];
  ages: Phrase[];
  demonstratives: Demonstrative[];
  modals: Modal[];
  expressions: Expression[];
  /** v5: `nobody`, `something`, `everyone`, … (grammarWords5.ts). */
  quantifierWords: QuantifierWord[];
  /** v5: `every`, `all`, `many`, `much`, `a lot of`, `no`, `any` before a noun. */
  quantifierDeterminers: QuantifierDeterminer[];
  /** v5: `look`, `feel`, `get`, … + an adjective. */
  linkingVerbs: LinkingVerb[];
  /** v5: verbs with a fixed preposition or object, by the verb's base. */
  frames: ReadonlyMap<string, Frame[]>;
  /** v5: places said by name (`China`). */
  placeNames: Name[];
  /** v5: words one calls someone (`honey` → 亲爱的). */
  terms: Name[];
  /** v5: `mine`, `yours`, … with their Chinese. */
  possessivePronouns: [string, string][];
  /** v5: adjectives with a fixed preposition (`afraid of` → 害怕 X), by the adjective. */
  adjectiveFrames: ReadonlyMap<string, Frame[]>;
  /** v5: verb + object + `to` + verb, the Chinese before the object (`want` → 想 让), by the verb. */
  objectTo: ReadonlyMap<string, string[]>;
  /** v5: verbs with two objects, by the verb. */
  datives: ReadonlyMap<string, Dative>;
  /** v5: verbs + a clause, their Chinese before it (`think` → 觉得), by the verb. */
  clauseVerbs: Readonly<Record<string, string>>;
  /** v5: manner adverbs as an order says them (`slowly` → 慢慢). */
  commandManners: Readonly<Record<string, string>>;
  /** v5: `well`, `fast`, `hard`: said after a verb with 得, and in an order. */
  howWell: Readonly<Record<string, { after: string; order: string }>>;
  /** v5: a verb's one word before 得 (`swim` → 游). */
  verbWords: Readonly<Record<string, string>>;
  /** Every English token of the language. */
  englishVocabulary: ReadonlySet<string>;
}

function build(version: EnzhVersion): Lexicon {
  const v5 = version >= 5;
  const known = new Set([...coreNouns, ...everydayNouns].map((n) => n.sg));
  const extraNouns = nounLines5
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .map(([sg, pl, zh, classifier, ...tags]) => ({ sg: sg!, pl: pl === '-' ? sg! : pl!, zh: zh!, classifier: classifier!, tags }));
  const nouns5 = [...nounEntries5, ...extraNouns]
    .filter((e) => !known.has(e.sg))
    .map((e) => noun(e.sg, e.pl, e.zh, e.classifier, e.tags[0] as Kind, ...e.tags.slice(1)));
  const nouns: Noun[] = [...coreNouns, ...everydayNouns, ...(v5 ? nouns5 : [])];
  const nounBySg = new Map(nouns.map((n) => [n.sg, n]));
  const tagsOf = (head: string): readonly string[] => nounBySg.get(head)?.tags ?? [];
  const takes = takesIn(tagsOf, (head) => nounBySg.get(head), v5);
  const catenativesOf = v5 ? { ...catenatives5, ...catenatives } : catenatives;
  const verbs4 = verbsOf(takes);
  const frames = new Map<string, Frame[]>();
  const objectTo = new Map<string, string[]>(
    v5
      ? objectToLines
          .trim()
          .split('\n')
          .map((l) => l.split('|').map((f) => f.trim()))
          .map(([base, zh]) => [base!, zh!.split(' ')])
      : [],
  );
  const datives = new Map<string, Dative>();
  if (v5)
    for (const e of [...dativeEntries, ...frameTable(dativeLines5)]) {
      const [people, things] = dativeObjects5[e.base] ?? [['person'], ['things']];
      datives.set(e.base, { base: e.base, zh: e.zh, to: dativeTo5[e.base]?.split(' '), people: takes(people), things: takes(things) });
    }
  const adjectiveFrames = new Map<string, Frame[]>();
  if (v5)
    for (const e of adjectiveFrameEntries)
      adjectiveFrames.set(e.en, [
        ...(adjectiveFrames.get(e.en) ?? []),
        { base: e.en, preposition: e.preposition, objects: takes(e.objects), zh: e.zh },
      ]);
  if (v5)
    for (const e of frameEntries5().filter((e) => !e.objects.some(isPattern)))
      frames.set(e.base, [
        ...(frames.get(e.base) ?? []),
        { base: e.base, preposition: e.preposition, objects: takes(e.objects), zh: e.zh },
      ]);
  // A verb is in only if a construction uses it (the rest of words5.ts's verbs wait for theirs).
  const verbs = v5
    ? verbs5(verbs4, takes).filter(
        (v) =>
          v.object ||
          v.alone ||
          v.particle ||
          (v.patterns?.has('to') && (catenativesOf[v.base] ?? v.zh)) ||
          frames.has(v.base) ||
          objectTo.has(v.base) ||
          datives.has(v.base) ||
          Object.hasOwn(clauseVerbs5, v.base),
      )
    : verbs4;
  if (v5) for (const v of verbs) if (v.patterns?.has('to') && !catenativesOf[v.base]) catenativesOf[v.base] = v.zh;
  // v5: a thing with its verbs (`The phone rang.`): words5.ts's forms, its Chinese without an object.
  const thingVerbs = new Map<string, Verb[]>();
  if (v5)
    for (const e of verbEntries5.filter((e) => Object.hasOwn(thingSubjects5, e.base))) {
      const { base, s3, past, participle } = e;
      const v: Verb = {
        base,
        s3,
        past,
        participle,
        ing: stative.has(base) ? null : e.ing,
        zh: '',
        object: null,
        alone: e.intransitive!.split(' '),
      };
      for (const sg of thingSubjects5[e.base]!.split(' ')) {
        if (!nounBySg.has(sg)) throw new Error(`thingSubjects5: “${e.base}” is said of “${sg}”, which is no noun of the language`);
        thingVerbs.set(sg, [...(thingVerbs.get(sg) ?? []), v]);
      }
    }
  const thingVerbList = [...new Set([...thingVerbs.values()].flat())];
  const adjectives = v5 ? adjectives5(adjectivesOf(takes), takes) : adjectivesOf(takes);
  const times5 = `${timeLines5.trim()}\n${relativeTimes5.trim()}`
    .trim()
    .split('\n')
    .map((l) => l.split('|').map((f) => f.trim()))
    .map(([en, zh, tenses]) => time(en!, zh!, ...(tenses!.split(' ') as Tense[])));
  const timesOf = v5 ? [...times, ...times5, ...dayTimes5] : times;
  const agesOf = v5 ? [...ages, ...ages5] : ages;
  const degreesOf = v5 ? [...degrees, ...degrees5] : degrees;
  const prepositionsOf = v5
    ? [...prepositions, ...prepositions5.map(([en, after, inside, nouns]) => prep(en, after, inside, nouns))]
    : prepositions;
  const expressionsOf = v5
    ? [...expressions, ...[...expressionEntries5, ...typedExpressions5].map((e) => expression(e.en, e.zh, e.mark, e.opener))]
    : expressions;
  const englishVocabulary: ReadonlySet<string> = new Set([
    ...(v5 ? [...names, ...names5] : names).map((n) => n.en),
    ...pronouns.flatMap((p) => [p.subj, p.obj, p.poss]),
    ...nouns.flatMap((n) => [n.sg, n.pl]),
    ...verbs.flatMap((v) => [v.base, v.s3, v.past]),
    it.subj,
    ...verbs.flatMap((v) => [v.ing ?? v.base, v.particle ?? v.base]),
    ...adjectives.map((a) => a.en),
    ...[...manners, ...timesOf, ...numbers, ...agesOf, ...placeAdverbs, ...frequencies, ...expressionsOf].flatMap((p) => p.en),
    ...(v5 ? [...counts5, ...hours5, ...minutes5].flatMap((p) => p.en) : []),
    ...(v5 ? ["o'clock", ':', 'half', 'past', 'better', ...titles5.map((t) => t.en), ...surnames5.map(([en]) => en)] : []),
    ...prepositionsOf.flatMap((p) => p.en),
    ...Object.keys(barePlaces),
    ...degreesOf.map((d) => d.en),
    ...demonstratives.map((d) => d.en),
    ...modals.map((m) => m.en),
    ...functionWords,
    ...(v5 ? [...quantifierWords, ...quantifierDeterminers].flatMap((q) => q.en) : []),
    ...(v5 ? [...linkingVerbs.flatMap((l) => [l.base, l.s3, l.past]), 'getting', 'already'] : []),
    ...(v5 ? verbs.flatMap((v) => (v.participle ? [v.participle] : [])) : []),
    ...thingVerbList.flatMap((v) => [v.base, v.s3, v.past, v.participle!, ...(v.ing ? [v.ing] : [])]),
    ...(v5 ? adjectives.flatMap((a) => [...(a.comparative ?? []), ...(a.superlative ?? [])]) : []),
    ...(v5 ? ['than', ...possessivePronouns5.map(([en]) => en)] : []),
    ...(v5 ? addressEntries.filter((a) => a.kind === 'term').map((a) => a.en) : []),
    ...[...frames.values(), ...adjectiveFrames.values()].flat().flatMap((f) => f.preposition),
    ...(v5 ? [...places5.map((p) => p.en), 'from', 'about', 'with', 'for', 'if', ...Object.keys(howWell5)] : []),
    ...(v5 ? teacherWords5 : []),
  ]);
  return {
    version,
    v5: version >= 5,
    names: v5 ? [...names, ...names5] : names,
    pronouns,
    it,
    nouns,
    isMass,
    tagsOf,
    concrete: (head) => isConcrete(tagsOf(head)),
    takes,
    verbs,
    thingVerbs,
    weatherVerbs,
    residing,
    catenatives: catenativesOf,
    adjectives,
    manners,
    barePlaces,
    prepositions: prepositionsOf,
    sites: new Set([...coreNouns, ...everydayNouns].map((n) => n.sg).concat(v5 ? sites5 : [])),
    placeAdverbs,
    times: timesOf,
    frequencies,
    biddable,
    degrees: degreesOf,
    numbers,
    counts: v5 ? counts5 : [],
    ages: agesOf,
    demonstratives,
    modals,
    expressions: expressionsOf,
    quantifierWords: v5 ? quantifierWords : [],
    quantifierDeterminers: v5 ? quantifierDeterminers : [],
    linkingVerbs: v5 ? linkingVerbs : [],
    frames,
    adjectiveFrames,
    objectTo,
    datives,
    clauseVerbs: v5 ? clauseVerbs5 : {},
    commandManners: v5 ? commandManners5 : {},
    howWell: v5 ? howWell5 : {},
    verbWords: v5 ? verbWords5 : {},
    placeNames: v5 ? places5 : [],
    possessivePronouns: v5 ? possessivePronouns5 : [],
    terms: v5 ? addressEntries.filter((a) => a.kind === 'term').map((a) => ({ en: a.en, zh: a.zh })) : [],
    englishVocabulary,
  };
}

const built = new Map<EnzhVersion, Lexicon>();
/** The lexicon of one version of the language, built once. */
export function enzhLexicon(version: EnzhVersion): Lexicon {
  let lex = built.get(version);
  if (!lex) built.set(version, (lex = build(version)));
  return lex;
}
