/**
 * Version 5's Chinese as a teacher would write it, and the gaps of issue 27 closed (docs/language.md,
 * "Version 5"): the rules' tables, beside grammarWords5.ts's. Chosen by us, from no corpus.
 */

/** `can` + a verb of the senses, finding or sleeping is a resultative: 看见 → 看得见, negated 看不见 (`She can't see me.` → 她 看不见 我 。); `couldn't` too. */
export const resultatives5: Record<string, [string, string]> = {
  看见: ['看得见', '看不见'],
  听见: ['听得见', '听不见'],
  // `I can't find my pen.` → 我 找不到 我的 笔 。, `I can't sleep.` → 我 睡不着 。
  找到: ['找得到', '找不到'],
  睡觉: ['睡得着', '睡不着'],
};

/**
 * Orders with `be` + an adjective, as a teacher says them: asked for (`Be nice.` → 友善 一点 。, not 好 。) and
 * asked not to be (`Don't be late.` → 别 迟到 。, after 别); an adjective with neither is no order.
 */
export const beOrders5: Readonly<Record<string, { be?: string; dont?: string }>> = {
  careful: { be: '小心' },
  quiet: { be: '安静' },
  good: { be: '乖 一点' },
  nice: { be: '友善 一点' },
  kind: { be: '善良 一点' },
  brave: { be: '勇敢 一点' },
  happy: { be: '开心 一点' },
  friendly: { be: '友好 一点' },
  polite: { be: '有礼貌 一点' },
  honest: { be: '诚实 一点' },
  late: { dont: '迟到' },
  sad: { dont: '难过' },
  upset: { dont: '难过' },
  shy: { dont: '害羞' },
  afraid: { dont: '害怕' },
  angry: { dont: '生气' },
  silly: { dont: '犯傻' },
  lazy: { dont: '偷懒' },
};

/** A sport one plays is kicked or hit (`We play football.` → 我们 踢 足球 。), not 玩, which is for games and toys. */
export const playedSports5: Readonly<Record<string, string>> = { football: '踢', baseball: '打', golf: '打', tennis: '打' };

/** People compared by age are 大 and 小, not 老 and 年轻 (`My sister is older than me.` → 我的 姐妹 比 我 大 。). */
export const comparedAges5: Readonly<Record<string, string>> = { old: '大', young: '小' };

/** People whose age a teacher asks with 几 岁 (`How old is your son?` → 你的 儿子 几 岁 ？); an adult's is 多大. */
export const children5: ReadonlySet<string> = new Set('child kid baby boy girl son daughter'.split(' '));

/** Verbs whose person is wanted somewhere: the place follows the object (`We need Tom here.` → 我们 需要 汤姆 在 这里 。). */
export const wantedThere: ReadonlySet<string> = new Set(['need', 'want']);

/**
 * Verbs only people do, whatever follows them (`It thinks.`, `The dog said hello.` are out); any verb
 * followed by a clause or by an object + `to` wants a person too (`The cat knows that …`).
 */
export const peopleVerbs5: ReadonlySet<string> = new Set(
  'think say tell hope believe guess suppose promise wish mean explain decide agree bet swear pray vote read write speak talk ask answer teach study learn plan expect'.split(
    ' ',
  ),
);

/** An adverb before the verb in both languages, as the frequency adverbs are (`Tom still loves Mary.` → 汤姆 还 爱 玛丽 。). */
export interface Preverb {
  en: string[];
  zh: string[];
  /** The tenses it goes with (`Tom almost fell.` → 汤姆 差点 摔倒 了 。 is past only). */
  tenses: ('present' | 'past')[];
}
export const preverbs5: Preverb[] = [
  { en: ['still'], zh: ['还'], tenses: ['present'] },
  { en: ['also'], zh: ['也'], tenses: ['present', 'past'] },
  { en: ['only'], zh: ['只'], tenses: ['present', 'past'] },
  { en: ['even'], zh: ['甚至'], tenses: ['present', 'past'] },
  { en: ['almost'], zh: ['差点'], tenses: ['past'] },
  { en: ['nearly'], zh: ['差点'], tenses: ['past'] },
];

/**
 * Reflexive pronouns, by the subject they go with: a pronoun, or a name or family word said as a name (`Tom
 * loves himself.`); Chinese says 自己 (`yourselves` would need the subject's 你们 first).
 */
export const reflexives5: string[] = 'myself yourself himself herself ourselves themselves'.split(' ');
export const reflexiveOf5: Readonly<Record<string, string>> = {
  i: 'myself',
  you: 'yourself',
  we: 'ourselves',
  they: 'themselves',
  ...Object.fromEntries('he tom jerry john ben sam jack bob mark ray jay rocky dad daddy grandpa'.split(' ').map((w) => [w, 'himself'])),
  ...Object.fromEntries('she mary lily anna lucy eve sandy mom mama grandma'.split(' ').map((w) => [w, 'herself'])),
};
/** Verbs one does to oneself as to others, said with 自己 (`Take care of yourself` and `Help yourself` mean otherwise). */
export const reflexiveVerbs5: ReadonlySet<string> = new Set('love like hate trust blame forgive protect'.split(' '));

/** Prepositions of place v5 adds, in lexicon.ts's notation: `english`, Chinese after the place (在 X 旁边), in `there is` (X 旁边 有 …), the places. */
export const prepositions5: [string, string, string, string][] = [
  ['beside', '旁边', '旁边', 'furniture building'],
  ['next to', '旁边', '旁边', 'furniture building'],
  ['above', '上方', '上方', 'furniture'],
  ['below', '下方', '下方', 'furniture'],
];

/** Degree adverbs v5 adds before a predicate adjective (`It's quite cold.` → 相当 冷 。), as lexicon.ts's. */
export const degrees5: { en: string; zh: string }[] = [
  { en: 'quite', zh: '相当' },
  { en: 'rather', zh: '比较' },
  { en: 'awfully', zh: '非常' },
];

/** Time words before or after a meal, school or work, and some time ago, in grammarWords5.ts's notation (`english | 中文 | tenses`). */
export const relativeTimes5 = `
before breakfast | 早饭 前 | present past future
after breakfast | 早饭 后 | present past future
before lunch | 午饭 前 | present past future
after lunch | 午饭 后 | present past future
before dinner | 晚饭 前 | present past future
after dinner | 晚饭 后 | present past future
after school | 放学 后 | present past future
after work | 下班 后 | present past future
a minute ago | 一 分钟 前 | past
an hour ago | 一 个 小时 前 | past
two days ago | 两 天 前 | past
a week ago | 一 周 前 | past
a month ago | 一 个 月 前 | past
a year ago | 一 年 前 | past
a long time ago | 很久 以前 | past
afterwards | 后来 | past
during the day | 白天 | present past future
during the night | 夜里 | present past future
`;

/**
 * Measure words: `a cup of tea` → 一 杯 茶, `two pairs of shoes` → 两 双 鞋. `english plural | 中文 | nouns`: the
 * measure's Chinese (`-`: the noun's own classifier, `a piece of paper` → 一 张 纸) and the nouns it measures, as
 * said after `of`.
 */
export const measureLines5 = `
cup cups | 杯 | water milk tea coffee juice
glass glasses | 杯 | water milk juice beer wine
bottle bottles | 瓶 | water milk juice beer wine
bowl bowls | 碗 | rice soup noodle
piece pieces | - | cake bread pizza cheese chocolate meat paper
slice slices | 片 | cake bread pizza cheese ham toast
pair pairs | 双 | shoes socks gloves
bunch bunches | 束 | flowers
`;
export interface Measure {
  sg: string;
  pl: string;
  zh: string | null;
  /** The nouns it measures, as said after `of` (`tea`, `shoes`). */
  nouns: string[];
}
export const measures5: Measure[] = measureLines5
  .trim()
  .split('\n')
  .map((l) => l.split('|').map((f) => f.trim()))
  .map(([en, zh, nouns]) => {
    const [sg, pl] = en!.split(' ');
    return { sg: sg!, pl: pl!, zh: zh === '-' ? null : zh!, nouns: nouns!.split(' ') };
  });

/** How one goes (`by bus` → 坐 公共汽车, `by car` → 开车): the vehicle, the verb, the vehicle's Chinese (none: in the verb). */
export const transports5: [string, string, string | null][] = [
  ['bus', '坐', '公共汽车'],
  ['train', '坐', '火车'],
  ['plane', '坐', '飞机'],
  ['boat', '坐', '船'],
  ['taxi', '坐', '出租车'],
  ['car', '开车', null],
  ['bike', '骑', '自行车'],
];

/** Going into, across or through a place: the Chinese of each verb (`run into` → 跑 进), and the places (`to`; any room or building `into`). */
export const passages5: Record<'into' | 'across' | 'through', Record<string, string[]> & { to?: string[] }> = {
  into: { go: ['进'], run: ['跑', '进'], walk: ['走', '进'] },
  across: { go: ['过'], run: ['跑', '过'], walk: ['走', '过'], to: ['street', 'road', 'bridge'] },
  through: { go: ['穿过'], run: ['跑', '过'], walk: ['穿过'], to: ['park', 'forest'] },
};

/** `ought to`, a modal said as `should` is (`You ought to go.` → 你 应该 走 。). */
export const ought5 = { en: 'ought', zh: '应该', not: '不应该' };

/** Verbs of a thing done and over, counted with `twice` (`Tom fell twice.` → 汤姆 摔倒 了 两 次 。); a state is not counted. */
export const twiceVerbs5: ReadonlySet<string> = new Set('go come see meet fall win lose'.split(' '));

/** The English words these rules bring (the lexicon's vocabulary): the rules' own, then the tables'. */
export const teacherWords5: readonly string[] = [
  ...'whose as or same able ought between then again together into across through been ever either nearby its of by taxi'.split(' '),
  ...'twice somewhere anywhere everywhere'.split(' '),
  ...measures5.flatMap((m) => [m.sg, m.pl]),
  ...preverbs5.flatMap((p) => p.en),
  ...reflexives5,
];
