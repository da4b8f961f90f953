/**
 * Words version 5's constructions bring with them (issue 27), beside the open-class words of words5.ts:
 * the senses a construction needs (participles as adjectives: `The shop is closed.` → 商店 关门了 。) and,
 * as the constructions land, the closed-class words (quantifiers, pronouns, adverbs, prepositions,
 * conjunctions, numbers). Chosen by us, from no corpus.
 */
import type { Adjective5Entry } from './words5';

/**
 * Participles and states as adjectives, in words5.ts's adjective notation (`word comparative superlative
 * 中文 takes…`). A word with several senses has one line per sense, told apart by the nouns it
 * describes: `The door is closed.` → 门 关着, `The shop is closed.` → 商店 关门了.
 */
const participleLines = `
closed - - 关着 state home furniture portable
closed - - 关门了 state place building
open - - 开着 state home furniture portable
open - - 开门了 state place building
lost - - 丢了 state portable
lost - - 走丢了 state animal
lost - - 迷路了 state person
finished - - 做完了 state person
done - - 做完了 state person
gone - - 走了 state person
hurt - - 受伤了 state animate
ready - - 好了 state meal food
full - - 满了 state portable
late - - 晚点了 state vehicle
late later latest 晚 weather predicative
back - - 回来了 state person
out - - 出去了 state person
up - - 起床了 state person
away - - 不在 state person
worried more more 担心 person predicative
scared more more 害怕 animate predicative
surprised more more 惊讶 person predicative
`;

/** A state's Chinese in the future and after 没, where it isn't the state without its 了. */
export const stateStems: Record<string, string[] | null> = {
  有空: ['有空'],
  活着: ['活着'],
  一个人: ['一个人'],
  单身: ['单身'],
  没事: ['没事'],
  没希望了: ['没希望'],
  不在: null,
  开着: ['开'],
  关着: ['关'],
  醒着: ['醒'],
};
/** A state negated, where it isn't 没 + its stem (`not free` → 没空); null where English doesn't say it. */
export const stateNegations: Record<string, string[] | null> = {
  有空: ['没空'],
  活着: null,
  一个人: ['不是', '一个人'],
  单身: ['不是', '单身'],
  愿意: ['不', '愿意'],
  相像: ['不', '相像'],
  没事: ['不', '好'],
  没希望了: null,
  不在: null,
};

/**
 * What the adjectives said with 是 … 的 describe (words5.ts leaves it open): `You are right.`, `The money
 * is real.`; those listed with none only describe a situation (`It's possible.` → 这 是 可能的 。).
 */
export const factClasses5: Record<string, string[]> = {
  right: ['person', 'abstract'],
  wrong: ['person', 'abstract'],
  correct: ['person', 'abstract'],
  real: ['things', 'abstract'],
  fake: ['things', 'abstract'],
  true: ['abstract'],
  false: ['abstract'],
  exact: ['abstract'],
  possible: [],
  impossible: [],
  likely: [],
  public: ['place', 'building'],
  gay: ['person'],
  'left-handed': ['person'],
  male: ['person'],
  equal: ['person'],
  separate: ['things'],
  hollow: ['things'],
  raw: ['food'],
  blank: ['read'],
};

/** Verbs of words5.ts whose use without an object needs a thing for its subject (`The phone rang.`): not with people. */
export const thingAlone5 = new Set(
  'matter happen end ring fit burn freeze rise shine snap flow leak burst bang bounce depend heal blow sink hope'.split(' '),
);

/**
 * Those said with no object of a thing (`The phone rang.` → 电话 响 了 。), and the things each is said
 * of: a phone rings, the sun shines, a balloon bursts; people and animals don't, in the language. `matter`,
 * `depend` and `hope` are said only in fixed expressions (`It doesn't matter.`, `It depends.`).
 */
export const thingSubjects5: Readonly<Record<string, string>> = {
  ring: 'phone bell alarm clock',
  happen: 'accident',
  end: 'movie film game class party show song story war lesson',
  fit: 'shoe dress shirt coat jacket hat skirt boot sock glove',
  burn: 'house paper wood forest',
  freeze: 'water lake river',
  rise: 'sun moon',
  shine: 'sun moon',
  snap: 'rope stick branch pencil',
  flow: 'water river blood',
  leak: 'roof pipe boat bottle bucket',
  burst: 'balloon pipe',
  bounce: 'ball',
  heal: 'wound',
  blow: 'wind',
  sink: 'ship boat stone rock',
};

/**
 * Fixed expressions v5 adds (`english | 中文 | mark`; `opener` when it may start a longer sentence): what
 * people say whole, whose words the grammar doesn't put together this way.
 */
const expressionLines = `
you are welcome | 不客气 | .
it does not matter | 没关系 | .
what happened | 发生 了 什么 | ?
it depends | 看 情况 | .
maybe | 也许 | . | opener
not yet | 还 没 | .
just a minute | 等 一下 | .
take care | 保重 | .
see you | 再见 | .
thank you so much | 太 谢谢 你 了 | . | opener
thanks a lot | 非常 感谢 | . | opener
merry christmas | 圣诞 快乐 | !
hey | 嘿 | . | opener
ah | 啊 | . | opener
ha ha | 哈哈 | !
ouch | 哎哟 | !
pardon | 什么 | ?
my goodness | 天哪 | !
thank goodness | 谢天谢地 | !
all aboard | 请 上车 | !
certainly | 当然 | . | opener
perhaps | 也许 | . | opener
what else | 还 有 什么 | ?
anything else | 还 要 别的 吗 | ?
anyway | 不管 怎样 | . | opener
finally | 终于 | !
indeed | 确实 | .
boom | 砰 | !
it is worth it | 这 是 值得 的 | .
once upon a time | 从前 | . | opener
good idea | 好 主意 | !
no way | 不 可能 | !
me neither | 我 也 不 | .
sure | 当然 | . | opener
all right | 好的 | . | opener
oh my god | 天哪 | ! | opener
oh lord | 天哪 | ! | opener
how much is it | 多少 钱 | ?
i think so | 我 觉得 是 这样 | .
i do not think so | 我 觉得 不 是 | .
i hope so | 希望 如此 | .
i guess so | 我 想 是 吧 | .
let me see | 让 我 看看 | .
let me think | 让 我 想想 | .
it makes sense | 有 道理 | .
why not | 为什么 不 | ?
`;
export const expressionEntries5 = expressionLines
  .trim()
  .split('\n')
  .map((l) => l.split('|').map((f) => f.trim()))
  .map(([en, zh, mark, opener]) => ({ en: en!, zh: zh!, mark: mark as '.' | '!' | '?', opener: opener === 'opener' }));

/**
 * How a quantifier bears on its clause: a `negative` one (`nobody`) is the clause's negation (没有 人 来 。),
 * an `existential` one (`someone`) says there is one (有 人 来 了 。), a `universal` one (`everyone`) takes
 * 都 before the predicate (大家 都 来 了 。), a `polarity` one (`anybody`, `much`) goes only in a question or
 * a negated clause, and a `plain` one (`many`) is just a number.
 */
export type Force = 'negative' | 'existential' | 'universal' | 'polarity' | 'plain';

/** A quantifier that stands alone (`nobody`): its Chinese as a subject, an object and after `there is`; null where not said. */
export interface QuantifierWord {
  en: string[];
  kind: 'person' | 'thing';
  force: Force;
  subject: string[] | null;
  /** A negative object goes before the verb with 都 (我 什么 都 没 看见 。). */
  object: string[] | null;
  there: string[] | null;
}
/** `english | kind force | subject | object | there` (`-`: not said so). */
const quantifierWordLines = `
nobody | person negative | 没有 人 | 谁 | 人
no one | person negative | 没有 人 | 谁 | 人
nothing | thing negative | - | 什么 | 什么
someone | person existential | 有 人 | 一 个 人 | 人
somebody | person existential | 有 人 | 一 个 人 | 人
something | thing existential | - | 一些 东西 | 东西
everyone | person universal | 大家 | 大家 | -
everybody | person universal | 大家 | 大家 | -
everything | thing universal | 一切 | - | -
anybody | person polarity | 有 人 | 任何 人 | 人
anyone | person polarity | 有 人 | 任何 人 | 人
anything | thing polarity | - | 任何 东西 | 什么
none of us | person negative | 我们 中 没有 人 | - | -
none of you | person negative | 你们 中 没有 人 | - | -
none of them | person negative | 他们 中 没有 人 | - | -
`;
const field = (f: string) => (f === '-' ? null : f.split(' '));
export const quantifierWords: QuantifierWord[] = quantifierWordLines
  .trim()
  .split('\n')
  .map((l) => l.split('|').map((f) => f.trim()))
  .map(([en, kindForce, subject, object, there]) => {
    const [kind, force] = kindForce!.split(' ') as ['person' | 'thing', Force];
    return { en: en!.split(' '), kind, force, subject: field(subject!), object: field(object!), there: field(there!) };
  });

/**
 * A quantifier before a noun (`every student`): its Chinese before the noun (every: a measure word too),
 * the nouns it takes (`one` singular, `many` plural or mass), and where: a `subject` only, or anywhere.
 */
export interface QuantifierDeterminer {
  en: string[];
  force: Force;
  zh: string[];
  number: 'one' | 'many' | 'mass' | 'many or mass' | 'any';
  classifier: boolean;
  subjectOnly: boolean;
}
/** `english | force | 中文 | number [classifier] [subject]` (中文 `-`: none, `any money` → 钱). */
const quantifierDeterminerLines = `
no | negative | 没有 | any
every | universal | 每 | one classifier subject
all | universal | 所有 | many subject
all the | universal | 所有 | many subject
many | plain | 很多 | many
a lot of | plain | 很多 | many or mass
much | polarity | 很多 | mass
any | polarity | - | many or mass
each | universal | 每 | one classifier subject
both | universal | 两 | many classifier subject
a few | plain | 几 | many classifier
several | plain | 几 | many classifier
another | plain | 另 一 | one classifier
other | plain | 其他 | many
enough | plain | 足够 的 | many or mass
plenty of | plain | 很多 | many or mass
the first | plain | 第一 | one classifier
the third | plain | 第三 | one classifier
the fourth | plain | 第四 | one classifier
the fifth | plain | 第五 | one classifier
the sixth | plain | 第六 | one classifier
the seventh | plain | 第七 | one classifier
`;
export const quantifierDeterminers: QuantifierDeterminer[] = quantifierDeterminerLines
  .trim()
  .split('\n')
  .map((l) => l.split('|').map((f) => f.trim()))
  .map(([en, force, zh, rest]) => {
    const flags = rest!.split(' ');
    return {
      en: en!.split(' '),
      force: force as Force,
      zh: zh === '-' ? [] : zh!.split(' '),
      number: (flags.includes('or') ? 'many or mass' : flags[0]) as QuantifierDeterminer['number'],
      classifier: flags.includes('classifier'),
      subjectOnly: flags.includes('subject'),
    };
  });

/**
 * Linking verbs + an adjective (`You look happy.` → 你 看起来 很 高兴 。): `base s3 past 中文 subjects`.
 * `get` says the change (`The soup got cold.` → 汤 变 冷 了 。, `It's getting dark.` → 越来越 暗 了 。).
 * After words5.ts's, with `look` and `get`'s 变 our own.
 */
const linkingLines = `
look looks looked 看起来 any
feel feels felt 觉得 animate
seem seems seemed 好像 any
sound sounds sounded 听起来 things abstract
taste tastes tasted 尝起来 food drink
get gets got 变 any
become becomes became 变得 any
`;
export interface LinkingVerb {
  base: string;
  s3: string;
  past: string;
  zh: string;
  subjects: string[];
}
export const linkingVerbs: LinkingVerb[] = linkingLines
  .trim()
  .split('\n')
  .map((l) => l.trim().split(/\s+/))
  .map(([base, s3, past, zh, ...subjects]) => ({ base: base!, s3: s3!, past: past!, zh: zh!, subjects }));

/** Family words said as names (`Mom is out.` → 妈妈 出去了 。), and words5.ts's names. */
export const familyNames5: [string, string][] = [
  ['mom', '妈妈'],
  ['dad', '爸爸'],
  ['mama', '妈妈'],
  ['daddy', '爸爸'],
  ['grandma', '奶奶'],
  ['grandpa', '爷爷'],
];

/**
 * Verbs with their fixed preposition that words5.ts leaves to the grammar, in its frame notation
 * (`base+preposition objects | 中文`, `X` where the object goes): `Look at the sky.` → 看 天空.
 */
export const frameLines5 = `
look+at any | 看 X
look+for any | 找 X
wait+for any | 等 X
listen+to person | 听 X 说
listen+to any | 听 X
laugh+at animate | 笑 X
ask+for things | 要 X
talk+with person | 跟 X 说话
`;

/** Time words v5 adds: `english | 中文 | tenses` (see lexicon.ts's times). */
export const timeLines5 = `
later | 待会儿 | future
this week | 这 周 | present past future
this weekend | 这个 周末 | present past future
last weekend | 上 个 周末 | past
next weekend | 下 个 周末 | future
this year | 今年 | present past future
last year | 去年 | past
next year | 明年 | future
last month | 上 个 月 | past
next month | 下 个 月 | future
yesterday morning | 昨天 早上 | past
tomorrow morning | 明天 早上 | future
`;

/** Places said by name (`I'm from China.` → 我 来自 中国 。), besides words5.ts's. */
export const placeNames5: [string, string][] = [
  ['england', '英国'],
  ['japan', '日本'],
  ['canada', '加拿大'],
  ['france', '法国'],
  ['germany', '德国'],
  ['india', '印度'],
  ['australia', '澳大利亚'],
  ['mexico', '墨西哥'],
  ['beijing', '北京'],
  ['shanghai', '上海'],
  ['london', '伦敦'],
  ['paris', '巴黎'],
];

/**
 * Verb patterns (construction 5). A verb + an object + `to` + a verb: `base | 中文 before the object`
 * (`I want you to read it.` → 我 想 让 你 读 它 。).
 */
export const objectToLines = `
want | 想 让
ask | 请
tell | 叫
help | 帮
allow | 允许
expect | 希望
`;
/**
 * Two objects: words5.ts's datives and these (`base | 中文`, `X` the person, `Y` the thing), with what
 * each takes: `base people | things` (`Give Tom the ball.` → 给 汤姆 球 。).
 */
export const dativeLines5 = `
buy | 给 X 买 Y
send | 给 X 寄 Y
bring | 给 X 带 Y
teach | 教 X Y
ask | 问 X Y
`;
export const dativeObjects5: Record<string, [string[], string[]]> = {
  tell: [['person'], ['story', 'joke', 'truth', 'lie', 'secret', 'news', 'name', 'answer', 'idea']],
  give: [['animate'], ['things']],
  show: [['person'], ['things']],
  pay: [['person'], ['money']],
  pass: [['person'], ['portable', 'food', 'drink']],
  offer: [['person'], ['things', 'job']],
  owe: [['person'], ['money']],
  lend: [['person'], ['portable', 'money']],
  buy: [['animate'], ['things']],
  send: [['person'], ['read', 'gift']],
  bring: [['animate'], ['portable', 'food', 'drink']],
  teach: [['person'], ['language', 'subject']],
  ask: [['person'], ['question']],
};
/**
 * The thing first, then `to` + the person (`Give the ball to Tom.`): Chinese takes a known thing with 把 (把
 * 球 给 汤姆); a thing not yet known (`a ball`) is said as with two objects (给 汤姆 一 个 球).
 */
export const dativeTo5: Record<string, string> = {
  give: '把 Y 给 X',
  show: '把 Y 给 X 看',
  pass: '把 Y 递给 X',
  send: '把 Y 寄给 X',
  lend: '把 Y 借给 X',
  bring: '把 Y 带给 X',
};
/** `do` as a main verb, with what it does (`Do the dishes.` → 洗碗 。, `Do your homework.` → 做 你的 作业 。). */
export const doFrames5 = `
do homework job | 做 X
do dish | 洗碗
do laundry | 洗衣服
`;

/** Verbs + a clause (`I think the door is open.` → 我 觉得 门 开着 。), with their Chinese before it. */
export const clauseVerbs5: Record<string, string> = {
  think: '觉得',
  know: '知道',
  hope: '希望',
  say: '说',
  believe: '相信',
  guess: '猜',
  feel: '觉得',
  suppose: '想',
  bet: '敢说',
  promise: '保证',
  remember: '记得',
  forget: '忘了',
  understand: '明白',
  wish: '希望',
  agree: '同意',
};

/** Manner adverbs in an order, said as a teacher would (`Walk slowly.` → 慢慢 走 。, not 慢慢地 走). */
export const commandManners5: Record<string, string> = {
  quickly: '快',
  slowly: '慢慢',
  quietly: '轻轻',
  carefully: '小心',
  loudly: '大声',
};
/**
 * How well: `well`, `fast` after a verb without an object, said with 得 (`Tom swims well.` → 汤姆 游 得 很
 * 好 。), `hard` with 努力 (`He works hard.` → 他 工作 很 努力 。); in an order before the verb (`Work
 * hard.` → 努力 工作 。, `Sleep well.` → 好好 睡 。). The verbs and the word 得 follows.
 */
export const howWell5: Record<string, { after: string; order: string }> = {
  well: { after: '好', order: '好好' },
  fast: { after: '快', order: '快' },
  hard: { after: '努力', order: '努力' },
  // No one is told to do it badly: no order.
  badly: { after: '差', order: '' },
};
export const verbWords5: Record<string, string> = {
  swim: '游',
  run: '跑',
  sing: '唱',
  dance: '跳',
  write: '写',
  speak: '说',
  cook: '做',
  drive: '开',
  play: '玩',
  walk: '走',
  eat: '吃',
  sleep: '睡',
  read: '读',
  work: '工作',
  study: '学习',
  learn: '学习',
};
/** Nouns the yardstick's sentences call for that words5.ts doesn't hold (words5.ts's notation). */
export const nounLines5 = `
tv tvs 电视 台 thing machine
`;

/** Possessive pronouns standing alone (`It's mine.` → 这 是 我的 。, `than yours` → 比 你的). */
export const possessivePronouns5: [string, string][] = [
  ['mine', '我的'],
  ['yours', '你的'],
  ['his', '他的'],
  ['hers', '她的'],
  ['ours', '我们的'],
  ['theirs', '他们的'],
];

/** words5.ts's places that `in`, `at` and `to` take as they are (在 酒吧 。), where the others need 里 or 上. */
export const sites5 =
  'apartment bar club college company garage hall jail prison theater toilet basement pool camp inn court square yard'.split(' ');

/** Version 4's adjectives that also describe a situation, the dummy `it` (`It's important.` → 这 很 重要 。). */
export const situationAdjectives4 = new Set(
  'good bad nice easy difficult hard important interesting boring funny strange dangerous safe true'.split(' '),
);

/** Version 4's adjectives that say, with `it`, how things are; Chinese says no subject (`It's okay.` → 没事 。), never 它. */
export const ambientAdjectives4: ReadonlySet<string> = new Set(['okay', 'ok', 'fine']);

const lines = (s: string) =>
  s
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/));

export const participleEntries: Adjective5Entry[] = lines(participleLines).map(([en, comparative, superlative, zh, ...takes]) => ({
  en: en!,
  zh: zh!,
  takes,
  comparative: comparative === '-' ? null : comparative!,
  superlative: superlative === '-' ? null : superlative!,
}));
