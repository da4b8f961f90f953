/**
 * The en-zh language of docs/spec/en-zh.md as one synchronous grammar: each rule emits the English
 * tokens in English order and builds the Chinese side, with every Chinese token linked to the English
 * tokens it came from. Sampled, it generates the corpus; searched, it parses (see ../program.ts).
 */
import { fixedLead, out, type Grammar, type Run, type Target } from '../program';
import type {
  Adjective,
  Dative,
  Degree,
  Demonstrative,
  Frame,
  Kind,
  Lexicon,
  Name,
  Noun,
  Phrase,
  Pronoun,
  Tense,
  Time,
  Verb,
} from './lexicon';
import { quote } from '../reason';
import { objectForm } from './lexicon';
import type { Force, LinkingVerb, QuantifierDeterminer, QuantifierWord } from './grammarWords5';
import {
  beOrders5,
  children5,
  comparedAges5,
  measures5,
  ought5,
  passages5,
  peopleVerbs5,
  playedSports5,
  transports5,
  twiceVerbs5,
  preverbs5,
  reflexiveOf5,
  reflexives5,
  reflexiveVerbs5,
  resultatives5,
  wantedThere,
} from './teacher5';
import { hours5, minutes5 } from './numbers5';
import { hadBetter5, modalPerfects5, surnames5, titles5, type Title } from './typed5';

interface NounPhrase {
  zh: Target;
  /** English head word, for messages and for verbs that take only certain nouns. */
  head: string;
  kind: Kind;
  thirdSingular: boolean;
  /** Names and pronouns, which may not repeat between subject and object. */
  keys: string[];
  hasRelative: boolean;
  /** `a cat`, `two cats`, `some water`, `cats`: what `there is` introduces. */
  indefinite?: boolean;
  /** v5: a quantifier (`nobody`, `every student`), which its clause says (see Quant). */
  quant?: Quant;
  /** v5: it has a possessor (`your help`, `Tom's cat`). */
  possessed?: boolean;
  /** v5: a common noun without a determiner (`cats`, `water`). */
  bare?: boolean;
  /** v5: it begins with `that` (`that`, `that man`). */
  opensWithThat?: boolean;
}

/** v5: a quantified noun phrase, as its clause says it. */
interface Quant {
  force: Force;
  /** The quantifier's English tokens: 都 and a clause's 没有 link to them. */
  at: number[];
  /** The Chinese as a subject, an object, and after `there is`; null where it can't go. */
  subject: Target | null;
  object: Target | null;
  there: Target | null;
  /** The noun without its quantifier (`no milk` → 牛奶), where a clause says the quantifier itself. */
  core?: Target;
}

type Slot = 'subject' | 'object';
/** A constraint on a noun phrase's head, checked as soon as the head is chosen. */
type HeadCheck = (r: Run, head: { kind: Kind; head: string }) => void;
const tenseZh: Record<Tense, string> = { present: '现在时', past: '过去时', future: '将来时' };
/** The parts one after another (a loop: `Array.prototype.flat` is several times slower, and the parser calls this on every run). */
const flat = (parts: Target[]): Target => {
  const all: Target = [];
  for (const part of parts) for (const l of part) all.push(l);
  return all;
};
const text = (t: Target) => t.map((l) => l.t).join(' ');
/** `this`, `that`, `these`, `those`, `it`: a subject that points, and so may be anything. */
const pointing = (np: NounPhrase) => np.keys.length === 1 && ['this', 'that', 'these', 'those', 'it'].includes(np.keys[0]!);
/** v5: `an` goes before a vowel sound (`an hour`, `a university`), not a vowel letter. */
const vowelSound = (w: string) => /^(hour|honest|honor|heir)/.test(w) || (/^[aeiou]/.test(w) && !/^(uni|use|usu|eu|one|once)/.test(w));

// ---- Shapes and helpers that need no lexicon -------------------------------------------------------

type Start =
  | { name: Name }
  | { pronoun: Pronoun }
  | { demonstrative: Demonstrative }
  | { quantifier: QuantifierWord }
  | { possessive: [string, string] }
  | { title: Title }
  | 'measure'
  | 'common';
type Quantity = { quantity: QuantifierDeterminer; en: string[] };
/** `count` (v5): a number beyond `ten`, chosen from the lexicon's counts (`twenty-one`, `a hundred`, `21`). */
type Det = 'the' | 'a' | 'an' | Phrase | 'possessor' | 'bare' | 'one' | 'some' | Demonstrative | Quantity | 'count';
const isDemonstrative = (d: Det): d is Demonstrative => typeof d === 'object' && 'object' in d;
const isQuantity = (d: Det): d is Quantity => typeof d === 'object' && 'quantity' in d;
const isNumber = (d: Det): d is Phrase => typeof d === 'object' && !('object' in d) && !('quantity' in d);

/** How a noun phrase is used: `plain` ones (inside relative clauses, second conjuncts) take no relative
 * clause and no demonstrative; a `predicate` (`I am a student.` → 我 是 学生 。) drops `一` + classifier
 * before a person noun. */
interface NpUse {
  plain: boolean;
  predicate?: boolean;
  /** Names and common nouns only (no pronoun, no demonstrative). */
  nounsOnly?: boolean;
}

interface NounForm {
  noun: Noun;
  /** undefined when singular and plural are spelled alike (fish, cheese): the determiner decides. */
  plural?: boolean;
}
type Possessor = Name | Pronoun | 'the';

/** Which of a verb's forms a clause spells it with (`-ing` and the participle fall back as English does). */
type Spelling = 'base' | 's3' | 'past' | 'ing' | 'participle';
const spell: Record<Spelling, (v: Verb) => string> = {
  base: (v) => v.base,
  s3: (v) => v.s3,
  past: (v) => v.past,
  ing: (v) => v.ing ?? `${v.base}-`,
  participle: (v) => v.participle ?? v.past,
};
const spelling = (tense: Tense, affirmative: boolean, thirdSingular: boolean): Spelling =>
  !affirmative || tense === 'future' ? 'base' : tense === 'past' ? 'past' : thirdSingular ? 's3' : 'base';
const verbForm = (v: Verb, tense: Tense, affirmative: boolean, thirdSingular: boolean) =>
  spell[spelling(tense, affirmative, thirdSingular)](v);

/** `read`, `put`, … are spelled alike in present and past: past only with a cue, else the sentence means the present. */
function needReadCue(r: Run, v: Verb, tense: Tense, affirmative: boolean, thirdSingular: boolean, time: Time | null) {
  if (v.base !== v.past || tense !== 'past' || !affirmative) return;
  const cue = thirdSingular || time?.en[0] === 'yesterday' || time?.en[0] === 'last';
  r.need(cue, () => ({ en: `Here ${quote(v.base)} is the present tense.`, zh: `这里的 ${quote(v.base)} 是现在时。` }));
}

/** Why `adj` can't describe `word`: what it describes, where the lexicon says (a weather word says nothing: `It is warmer.` isn't about weather). */
const notDescribed = (adj: Adjective, word: string) =>
  adj.takes.label.en
    ? {
        en: `${quote(adj.en)} describes ${adj.takes.label.en}, not ${quote(word)}.`,
        zh: `${quote(adj.en)} 只形容${adj.takes.label.zh}，不能形容 ${quote(word)}。`,
      }
    : { en: `${quote(adj.en)} can't describe ${quote(word)} here.`, zh: `${quote(adj.en)} 在这里不能形容 ${quote(word)}。` };

const objectOf =
  (v: Verb): HeadCheck =>
  (r, obj) =>
    r.need(v.object!.ok(obj.kind, obj.head), () => ({
      en: `${quote(v.base)} takes ${v.object!.label.en} as its object, not ${quote(objectForm(obj.head))}.`,
      zh: `${quote(v.base)} 的宾语只能是${v.object!.label.zh}，不能是 ${quote(objectForm(obj.head))}。`,
    }));

const animateSubject: HeadCheck = (r, s) =>
  r.need(s.kind !== 'thing' || s.head === 'it', () => ({
    en: `${quote(s.head)} can't be a subject here: subjects are people or animals.`,
    zh: `${quote(s.head)} 不能做主语：主语只能是人或动物。`,
  }));
const anyHead: HeadCheck = () => {};
/** v5: a verb's subject: a person or an animal, or a thing that does something alone (`The phone rang.`, verbPhrase). */
const actorSubject =
  (things: ReadonlyMap<string, unknown>): HeadCheck =>
  (r, s) =>
    things.has(s.head) ? undefined : animateSubject(r, s);

/** A verb and what follows it, split where Chinese puts adjuncts (before `verb`) and `了` (after `verb`). */
interface VerbPhrase {
  /** `想` of `want to`, before the place and manner of the inner verb. */
  lead: Target;
  verb: Target;
  /** What follows 了: the object, or the rest of a two-token verb (`吃 了 东西`). */
  rest: Target;
  /** Index of the verb's English token (了 links to it). */
  vi: number;
  v: Verb;
  objectKeys: string[];
  objectHasRelative: boolean;
  /** Whether a past tense takes 了 (not after `have`, `want to`, …). */
  le: boolean;
  /** The verb says where itself (`go home`, `live here`): no place adjunct. */
  placed: boolean;
  /** v5: the object's quantifier (`anything`, `nothing`, `no milk`), which the clause says. */
  objectQuant?: Quant;
  /** v5: the object's kind, where it is a noun phrase right after the verb. */
  objectKind?: Kind;
  /** v5: the verb whose plain object ends the verb phrase, which a question may offer a choice of (`tea or coffee`). */
  offers?: Verb;
  /** v5: `with` + who does it too (`He came with me.` → 他 和 我 一起 来 了 。), before place and manner. */
  company?: Target;
  /** v5: `for` + who it is for (`I bought a gift for Mary.` → 我 给 玛丽 买 了 …), right before the verb. */
  beneficiary?: Target;
  /** v5: `go` without where: 走 (leave) in orders and with modals, 去 in statements and questions. */
  goes?: boolean;
  /** v5: a clause is its object (`I think the door is open.`): no manner, place or time after it. */
  clausal?: boolean;
  /**
   * v5: how well (`Tom swims well.` → 汤姆 游 得 很 好 。): the adverb, its English, and the verb's own
   * Chinese, which an order says it with (`Sleep well.` → 好好 睡 。).
   */
  how?: { word: string; at: number[]; plain: Target };
  /** v5: a thing's doing, alone (`The phone rang.`): its subject needn't be a person or an animal. */
  thing?: boolean;
}

/** v5: `go` without where in a statement or a question is 去 (`We didn't go.` → 我们 没有 去 。), not 走. */
const went = (vp: VerbPhrase): VerbPhrase => (vp.goes ? { ...vp, verb: out([vp.vi], '去') } : vp);

type Complement = 'object' | 'alone' | 'destination' | 'to' | 'frame' | 'object-to' | 'dative' | 'dative-to' | 'clause';
const complements: Complement[] = ['object', 'alone', 'destination', 'to'];
/**
 * v5: a verb with its fixed preposition (`look at`) or object (`take a shower`), an object + `to` + a verb
 * (`I want you to read it.`), two objects (`Give Tom the ball.`).
 */
const complements5: Complement[] = [...complements, 'frame', 'object-to', 'dative', 'dative-to', 'clause'];
/** A fixed object (`take a shower`, `do the dishes`) is said plainly: no name, pronoun, possessor or quantifier. */
const plainly = (np: NounPhrase) => np.keys.length === 0 && !np.quant && !np.hasRelative && !np.possessed;
/** The English tokens a noun phrase came from (its Chinese links to all of them but `the`). */
const fromOf = (np: NounPhrase) => [...new Set(np.zh.flatMap((l) => l.from))];
const moving = (v: Verb) => v.base === 'go' || v.base === 'come';

interface Adjuncts {
  manner: Target;
  place: Target;
  time: Target;
  timeWord: Time | null;
  /** v5: the manner adverb (`slowly`), which an order says otherwise (慢慢 走). */
  mannerWord?: string;
}

const notSame = (r: Run, subj: NounPhrase, keys: string[], head: string) =>
  r.need(!keys.some((k) => subj.keys.includes(k)), () => ({
    en: `${quote(head)} can't be both subject and object.`,
    zh: `${quote(head)} 不能既做主语又做宾语。`,
  }));

/** Chinese of a verb phrase with its adjuncts: `[Place] [Manner] Verb [了] Object`, `want to` first. */
const vpZh = (vp: VerbPhrase, a: Adjuncts, past: boolean): Target =>
  flat([vp.lead, vp.company ?? [], a.place, a.manner, vp.beneficiary ?? [], vp.verb, past && vp.le ? out([vp.vi], '了') : [], vp.rest]);

type Form = 'present' | 'past' | 'future' | 'not-present' | 'not-past' | 'not-future';
const forms: Form[] = ['present', 'past', 'future', 'not-present', 'not-past', 'not-future'];

/** What follows `be`, in Chinese; `subject` replaces the subject's Chinese where the complement says how (v5). */
interface BeComplement {
  zh: Target;
  dropSubject: boolean;
  tense: Tense | 'modal' | 'now-or-later';
  subject?: Target;
  /** `be going to` says its own time word (v5: the clause adds none, which would read two ways). */
  timed?: boolean;
}

/** The forms of `be`, with the subjects they agree with. */
interface BeForm {
  en: string[];
  tense: Tense;
  negative: boolean;
  /** 'i' → am/was, 'plural' → are/were (also `you`), 'single' → is/'s/was; undefined: any subject. */
  agrees?: ('i' | 'plural' | 'single')[];
}
const beForms: BeForm[] = [
  ...[
    { en: ['am'], tense: 'present' as const, agrees: ['i' as const] },
    { en: ['is'], tense: 'present' as const, agrees: ['single' as const] },
    { en: ["'s"], tense: 'present' as const, agrees: ['single' as const] },
    { en: ['are'], tense: 'present' as const, agrees: ['plural' as const] },
    { en: ['was'], tense: 'past' as const, agrees: ['i' as const, 'single' as const] },
    { en: ['were'], tense: 'past' as const, agrees: ['plural' as const] },
    { en: ['will'], tense: 'future' as const },
  ].flatMap((f) => [
    { ...f, en: f.tense === 'future' ? ['will', 'be'] : f.en, negative: false },
    { ...f, en: f.tense === 'future' ? ['will', 'not', 'be'] : [...f.en, 'not'], negative: true },
  ]),
];
const agreement = (subj: NounPhrase): 'i' | 'plural' | 'single' =>
  subj.head === 'i' ? 'i' : subj.head === 'you' || !subj.thirdSingular ? 'plural' : 'single';

type BeWhat =
  | 'adjective'
  | 'noun'
  | 'place'
  | 'ing'
  | 'going'
  | 'age'
  | 'for'
  | 'from'
  | 'about'
  | 'comparative'
  | 'superlative'
  | 'as'
  | 'same'
  | 'able'
  | 'clock';
const beWhats: BeWhat[] = ['adjective', 'noun', 'place', 'ing', 'going', 'age', 'for'];
/** v5: `be from` a place (`I'm from China.`), `be about` something (`The book is about a cat.`). */
const beWhats5: BeWhat[] = [...beWhats, 'from', 'about', 'comparative', 'superlative', 'as', 'same', 'able', 'clock'];

type Wh =
  | 'what-be'
  | 'who-be'
  | 'where-be'
  | 'how-be'
  | 'how-old'
  | 'what-doing'
  | 'what-ing'
  | 'where-going'
  | 'what-do'
  | 'who-do'
  | 'who-subject'
  | 'why'
  | 'when'
  | 'where-go'
  | 'why-be'
  | 'where-from'
  | 'what-about'
  | 'what-frame'
  | 'who-frame'
  | 'whose';
const whs: Wh[] = [
  'what-be',
  'who-be',
  'where-be',
  'how-be',
  'how-old',
  'what-doing',
  'what-ing',
  'where-going',
  'what-do',
  'who-do',
  'who-subject',
  'why',
  'when',
  'where-go',
  'why-be',
];
/** v5: `Where are you from?`, `What is the book about?`, `What are you looking at?`, `Who are you waiting for?`. */
const whs5: Wh[] = [...whs, 'where-from', 'what-about', 'what-frame', 'who-frame', 'whose'];
const whLead: Record<Wh, string[]> = {
  whose: ['whose'],
  'what-be': ['what'],
  'who-be': ['who'],
  'where-be': ['where'],
  'how-be': ['how'],
  'how-old': ['how', 'old'],
  'what-doing': ['what'],
  'what-ing': ['what'],
  'where-going': ['where'],
  'what-do': ['what'],
  'who-do': ['who'],
  'who-subject': ['who'],
  why: ['why'],
  when: ['when'],
  'where-go': ['where'],
  'why-be': ['why'],
  'where-from': ['where'],
  'what-about': ['what'],
  'what-frame': ['what'],
  'who-frame': ['who'],
};

/** v5: `then` after `and` or a comma is the next step (`I ate, then I slept.` → 我 吃 了 东西 ， 然后 我 睡觉 了 。). */
type Conj = { word: 'and' | 'but' | 'because' | ','; i: number; then?: number };

const joiner = (c: Conj): Target =>
  c.word === 'but' ? out([c.i], '，', '但是') : flat([out([c.i], '，'), c.then === undefined ? [] : out([c.then], '然后')]);
const chain = (clauses: Target[], conjs: Conj[]): Target => flat(clauses.map((c, k) => (k === 0 ? c : [...joiner(conjs[k - 1]!), ...c])));

/** `S1 because S2 …` → `因为 S2 … ， 所以 S1`: `because` joins the clause before it with everything after it. */
function joinClauses(clauses: Target[], conjs: Conj[]): Target {
  const b = conjs.findIndex((c) => c.word === 'because');
  if (b < 0) return chain(clauses, conjs);
  const because = conjs[b]!.i;
  const group = flat([out([because], '因为'), chain(clauses.slice(b + 1), conjs.slice(b + 1)), out([because], '，', '所以'), clauses[b]!]);
  return b === 0 ? group : flat([chain(clauses.slice(0, b), conjs.slice(0, b - 1)), joiner(conjs[b - 1]!), group]);
}

const marks: Record<string, string> = { '.': '。', '?': '？', '!': '！' };

/**
 * The final mark: typed, or missing. A missing mark translates as the mark the sentence would take
 * (`default`); the Chinese mark then links to no English token.
 */
const statementMarks = ['.', '!', null];
const questionMarks = ['?', null];

function finalMark(r: Run, allowed: readonly (string | null)[], fallback: string): Target {
  const mark = r.pick('end', allowed, (e) => (e ? [e] : undefined));
  return mark ? out([r.emit(mark)], marks[mark]!) : out([], marks[fallback]!);
}

/** The kinds of sentence, in the order the grammar tries them (the sampling profiles weight them by name). */
export const sentenceKinds = [
  'statement',
  'does',
  'do',
  'did',
  'will',
  'be-question',
  'modal-question',
  'wh',
  'imperative',
  'let',
  'expression',
  'opener',
] as const;
type SentenceKind = (typeof sentenceKinds)[number] | 'conditional' | 'have' | 'has' | 'called' | 'tag';
const kinds: readonly SentenceKind[] = sentenceKinds;
/** v5: a sentence may open with `if` or `when` (`If you are hungry, eat an apple.`). */
const kinds5: readonly SentenceKind[] = [...sentenceKinds, 'conditional', 'have', 'has', 'called', 'tag'];

/** The grammar over one version of the lexicon (see lexicon.ts): option lists are built once per version. */
export function enzhGrammar(L: Lexicon): Grammar {
  /**
   * v5: the tense of the clause built last (`if` and `when` read it right after building their clause:
   * `If you are hungry, …` takes the present). A run of the grammar is synchronous, so it is never stale.
   */
  let lastTense: Tense | 'modal' = 'present';

  // ---- Noun phrases --------------------------------------------------------------------------------

  const starts: Start[] = [
    ...L.names.map((name) => ({ name })),
    ...L.pronouns.map((pronoun) => ({ pronoun })),
    { pronoun: L.it },
    ...L.demonstratives.map((demonstrative) => ({ demonstrative })),
    'common',
    ...L.quantifierWords.map((quantifier) => ({ quantifier })),
    ...L.possessivePronouns.map((possessive) => ({ possessive })),
    ...(L.v5 ? ['measure' as const] : []),
    ...(L.v5 ? titles5.map((title) => ({ title })) : []),
  ];

  const dets: Det[] = [
    ...(['the', 'a', 'an', ...L.numbers, 'possessor', 'bare', 'one', 'some', ...L.demonstratives] as Det[]),
    ...L.quantifierDeterminers.map((quantity) => ({ quantity, en: quantity.en })),
    ...(L.v5 ? (['count'] as Det[]) : []),
  ];
  const nounForms: NounForm[] = L.nouns.flatMap((noun) =>
    noun.sg === noun.pl
      ? [{ noun }]
      : [
          { noun, plural: false },
          { noun, plural: true },
        ],
  );

  // Option lists built once: the parser replays the grammar many times per sentence.
  const optionalAttributives = [null, ...L.adjectives.filter((a) => a.attributive)];
  // The long lists' leads, fixed: the parser looks the input's word up instead of asking each option.
  const nounLead = fixedLead((f: NounForm) => [f.plural ? f.noun.pl : f.noun.sg]);
  const adjectiveLead = fixedLead((a: Adjective | null) => (a ? [a.en] : undefined));
  const singularLead = fixedLead((n: Noun) => [n.sg]);
  const detLead = fixedLead((d: Det) =>
    isDemonstrative(d) ? [d.en] : typeof d === 'object' ? d.en : d === 'possessor' || d === 'bare' || d === 'count' ? undefined : [d],
  );
  const numberLead = fixedLead((p: Phrase) => p.en);
  const optionalManners = [null, ...L.manners];
  /** v5: `at` + a clock time (`at seven o'clock`, `at 3:30`): one choice among the time words, then the time (see `clock`). */
  const atClock: Time = { en: ['at'], zh: [], tenses: ['present', 'past', 'future'] };
  const optionalTimes = [null, ...L.times, ...(L.v5 ? [atClock] : [])];
  const optionalFrequencies = [null, ...L.frequencies, ...(L.v5 ? preverbs5 : [])];
  const optionalDegrees = [null, ...L.degrees];
  const optionalNames = [null, ...L.names];
  const modalsAndWould = [...L.modals, 'would' as const, ...(L.v5 ? ['have-to' as const, ought5, hadBetter5] : [])];

  /** A noun phrase: a name, a pronoun, a demonstrative (`this`), or a common noun with its determiner. */
  function nounPhrase(r: Run, slot: Slot, plain: boolean | NpUse, check: HeadCheck): NounPhrase {
    const use: NpUse = typeof plain === 'boolean' ? { plain } : plain;
    const start = r.pick('np', starts, (s) =>
      s === 'common' || s === 'measure'
        ? undefined
        : 'name' in s
          ? [s.name.en]
          : 'demonstrative' in s
            ? [s.demonstrative.en]
            : 'quantifier' in s
              ? s.quantifier.en
              : 'possessive' in s
                ? [s.possessive[0]]
                : 'title' in s
                  ? [s.title.en]
                  : [slot === 'subject' ? s.pronoun.subj : s.pronoun.obj],
    );
    if (start === 'measure') return measured(r, use, check);
    if (typeof start === 'object' && 'title' in start) {
      // v5: `Mr. Smith` → 史密斯 先生: the title follows the surname in Chinese.
      const ti = r.emit(start.title.en);
      const [surname, zh] = r.pick('surname', surnames5, ([en]) => [en]);
      const si = r.emit(surname);
      const head = `${start.title.en} ${surname}`;
      check(r, { kind: 'person', head });
      return {
        zh: flat([out([si], zh), out([ti], start.title.zh)]),
        head,
        kind: 'person',
        thirdSingular: true,
        keys: [head],
        hasRelative: false,
      };
    }
    if (typeof start === 'object' && 'possessive' in start) {
      // v5: `mine`, `yours`, … (`It's mine.` → 这 是 我的 。)
      const [en, zh] = start.possessive;
      r.need(!use.plain, () => ({ en: `${quote(en)} can't go here.`, zh: `${quote(en)} 不能用在这里。` }));
      const i = r.emit(en);
      check(r, { kind: 'thing', head: en });
      return { zh: out([i], zh), head: en, kind: 'thing', thirdSingular: true, keys: [], hasRelative: false };
    }
    if (start === 'common') return commonNounPhrase(r, use, slot, check);
    if ('quantifier' in start) {
      // v5: `nobody`, `something`, `everyone`, …: its clause says it (see Quant).
      const q = start.quantifier;
      const word = q.en.join(' ');
      r.need(!use.plain && !use.predicate && !use.nounsOnly, () => ({
        en: `${quote(word)} can't go here.`,
        zh: `${quote(word)} 不能用在这里。`,
      }));
      const at = q.en.map((t) => r.emit(t));
      check(r, { kind: q.kind, head: word });
      const quant: Quant = {
        force: q.force,
        at,
        subject: q.subject && out(at, ...q.subject),
        object: q.object && out(at, ...q.object),
        there: q.there && out(at, ...q.there),
      };
      const said = slot === 'subject' ? quant.subject : quant.object;
      r.need(said !== null, () => ({
        en: `${quote(word)} can't be the ${slot} here.`,
        zh: `${quote(word)} 不能做这里的${slot === 'subject' ? '主语' : '宾语'}。`,
      }));
      return {
        zh: said ?? [],
        head: word,
        kind: q.kind,
        thirdSingular: true,
        keys: [],
        hasRelative: false,
        indefinite: q.force !== 'universal',
        quant,
      };
    }
    if ('demonstrative' in start) {
      const d = start.demonstrative;
      r.need(!use.plain && !use.nounsOnly, () => ({
        en: `${quote(d.en)} can't stand alone here.`,
        zh: `${quote(d.en)} 不能单独用在这里。`,
      }));
      const i = r.emit(d.en);
      check(r, { kind: 'thing', head: d.en });
      return {
        zh: out([i], slot === 'subject' ? d.zh : d.object),
        head: d.en,
        kind: 'thing',
        thirdSingular: !d.plural,
        keys: [d.en],
        hasRelative: false,
        opensWithThat: L.v5 && d.en === 'that',
      };
    }
    if ('name' in start) {
      const i = r.emit(start.name.en);
      check(r, { kind: 'person', head: start.name.en });
      return {
        zh: out([i], start.name.zh),
        head: start.name.en,
        kind: 'person',
        thirdSingular: true,
        keys: [start.name.en],
        hasRelative: false,
      };
    }
    const p = start.pronoun;
    r.need(!use.nounsOnly, () => ({ en: `A name or a noun goes here.`, zh: `这里要用名字或名词。` }));
    const i = r.emit(slot === 'subject' ? p.subj : p.obj);
    const kind: Kind = p === L.it ? 'thing' : 'person';
    check(r, { kind, head: p.subj });
    return { zh: out([i], p.zh), head: p.subj, kind, thirdSingular: p.thirdSingular, keys: [p.subj], hasRelative: false };
  }

  /** v5: `a cup of tea` → 一 杯 茶, `two pairs of shoes` → 两 双 鞋: a number, a measure word, `of`, what it measures. */
  function measured(r: Run, use: NpUse, check: HeadCheck): NounPhrase {
    const n = r.pick('measure-number', measureNumbers, (d) => (typeof d === 'string' ? [d] : d.en));
    const di = r.emit(typeof n === 'string' ? n : n.en[0]!);
    const many = typeof n !== 'string';
    const m = r.pick('measure', measures5, (x) => [many ? x.pl : x.sg]);
    const mi = r.emit(many ? m.pl : m.sg);
    r.need(!use.plain && !use.predicate, () => ({ en: `Say it without ${quote(m.sg)} here.`, zh: `这里不用 ${quote(m.sg)}。` }));
    const oi = r.emit('of');
    const [word, noun] = r.pick('measured', measuredNouns.get(m)!, ([w]) => [w]);
    const ni = r.emit(word);
    check(r, { kind: noun.kind, head: noun.sg });
    const zh = flat([out([di], many ? n.zh[0]! : '一'), out([di, mi, oi], m.zh ?? noun.classifier), out([ni], noun.zh)]);
    return { zh, head: noun.sg, kind: noun.kind, thirdSingular: !many, keys: [], hasRelative: false, indefinite: true };
  }
  const measureNumbers: ('a' | Phrase)[] = ['a', ...L.numbers];
  const measuredNouns = new Map(
    measures5.map((m) => [m, m.nouns.map((w) => [w, L.nouns.find((n) => n.sg === w || n.pl === w)!] as const)]),
  );

  function commonNounPhrase(r: Run, use: NpUse, slot: Slot, check: HeadCheck): NounPhrase {
    const picked = r.pick('det', dets, detLead);
    // v5: a number beyond `ten` is one choice among the determiners, then the number itself.
    const det = picked === 'count' ? r.pick('count', L.counts, numberLead) : picked;
    let detFrom: number[] = [];
    if (isDemonstrative(det) || det === 'some')
      r.need(!use.plain, () => ({
        en: `${quote(isDemonstrative(det) ? det.en : det)} can't go here.`,
        zh: `${quote(isDemonstrative(det) ? det.en : det)} 不能用在这里。`,
      }));
    let prefix: Target = [];
    let detIndex = -1;
    // v5: `every student`, `a lot of water`, `no milk`: the clause says it (see Quant).
    const quantity = isQuantity(det) ? det.quantity : null;
    const at = quantity ? quantity.en.map((t) => r.emit(t)) : [];
    if (quantity) {
      const word = quantity.en.join(' ');
      r.need(!use.plain && !use.predicate, () => ({ en: `${quote(word)} can't go here.`, zh: `${quote(word)} 不能用在这里。` }));
      if (quantity.subjectOnly)
        r.need(slot === 'subject', () => ({ en: `${quote(word)} goes with a subject here.`, zh: `这里 ${quote(word)} 只用于主语。` }));
    } else if (det === 'the') r.emit('the');
    else if (isNumber(det)) {
      // `a hundred` is two tokens; every other number one.
      detFrom = det.en.map((t) => r.emit(t));
      detIndex = detFrom[0]!;
    } else if (det === 'a' || det === 'an' || det === 'one' || det === 'some' || typeof det === 'object')
      detIndex = r.emit(isDemonstrative(det) ? det.en : typeof det === 'object' ? det.en[0]! : det);
    else if (det === 'possessor') prefix = possessor(r);

    const adj = r.pick('adj', optionalAttributives, adjectiveLead);
    const adjIndex = adj ? r.emit(adj.en) : -1;
    const { noun, plural: spelled } = r.pick('noun', nounForms, nounLead);
    const plural =
      spelled ??
      ((L.v5 && noun.tags.includes('plural')) ||
        isNumber(det) ||
        // v5: a mass noun alone is singular (`Water is good.`, not `Water are good.`).
        (det === 'bare' && !(L.v5 && L.isMass(noun))) ||
        (isDemonstrative(det) && det.plural) ||
        (!!quantity && quantity.number !== 'one' && quantity.en[0] !== 'no' && !L.isMass(noun)));
    const word = plural ? noun.pl : noun.sg;
    const nounIndex = r.emit(word);
    check(r, { kind: noun.kind, head: noun.sg });

    if (det === 'a' || det === 'an' || det === 'one' || (isDemonstrative(det) && !det.plural)) {
      const d = isDemonstrative(det) ? det.en : det;
      r.need(!plural, () => ({
        en: `${quote(d)} needs a singular noun, not ${quote(word)}.`,
        zh: `${quote(d)} 后面要用单数名词，不是 ${quote(word)}。`,
      }));
    }
    if (isNumber(det) || (isDemonstrative(det) && det.plural))
      r.need(plural, () => ({
        en: `${quote(isNumber(det) ? det.en[0]! : det.en)} needs a plural noun, not ${quote(word)}.`,
        zh: `${quote(isNumber(det) ? det.en[0]! : det.en)} 后面要用复数名词，不是 ${quote(word)}。`,
      }));
    if (det === 'bare' || det === 'some')
      // v5: a sport goes bare (`We love football.`); with `a` it is the ball. So does TV (`I watched TV.`).
      r.need(plural || L.isMass(noun) || (L.v5 && det === 'bare' && (noun.tags.includes('sport') || noun.sg === 'tv')), () => ({
        en: `${quote(word)} needs a determiner such as “the” or “a”.`,
        zh: `${quote(word)} 前面要有限定词，比如 “the” 或 “a”。`,
      }));
    if (quantity) {
      const n = quantity.number;
      const fits =
        n === 'any' ||
        (n === 'one' ? !plural && !L.isMass(noun) : n === 'many' ? plural : n === 'mass' ? L.isMass(noun) : plural || L.isMass(noun));
      r.need(fits, () => ({
        en: `${quote(quantity.en.join(' '))} doesn't go with ${quote(word)}.`,
        zh: `${quote(quantity.en.join(' '))} 不能和 ${quote(word)} 连用。`,
      }));
    } else if (L.isMass(noun))
      r.need(det === 'the' || det === 'possessor' || det === 'bare' || det === 'some' || (isDemonstrative(det) && !det.plural), () => ({
        en: `${quote(noun.sg)} takes only “the”, “some”, a possessor or no determiner.`,
        zh: `${quote(noun.sg)} 前面只能用 “the”、“some”、所有格，或者不用限定词。`,
      }));
    if (L.v5) {
      // Only plural (`clothes`): not counted. No measure word (`stuff`): not `this stuff`.
      if (noun.tags.includes('plural'))
        r.need(!isNumber(det), () => ({ en: `${quote(word)} can't be counted.`, zh: `${quote(word)} 不能数。` }));
      if (noun.classifier === '-')
        r.need(!isDemonstrative(det), () => ({
          en: `${quote(word)} can't take ${quote(det as string)}.`,
          zh: `${quote(word)} 前面不能用 ${quote(String(det))}。`,
        }));
    }
    const vowelStart = (L.v5 ? vowelSound : (w: string) => /^[aeiou]/.test(w))(adj ? adj.en : noun.sg);
    if (det === 'an') r.need(vowelStart, () => ({ en: `“an” goes only before a vowel.`, zh: `“an” 只用在元音前面。` }));
    if (det === 'a') r.need(!vowelStart, () => ({ en: `Write “an”, not “a”, before a vowel.`, zh: `元音前面要写 “an”，不是 “a”。` }));
    if (adj) r.need(adj.takes.ok(noun.kind, noun.sg), () => notDescribed(adj, word));

    if (det === 'some') prefix = out([detIndex], '一些');
    else if (isDemonstrative(det) && det.plural) prefix = out([detIndex], det.zh);
    else if (detIndex >= 0 && !(use.predicate && noun.kind === 'person' && (det === 'a' || det === 'an'))) {
      const numeral = isDemonstrative(det) ? [det.zh] : isNumber(det) ? det.zh : ['一'];
      const from = detFrom.length ? detFrom : [detIndex];
      // A unit (`minute` → 分钟) is its own measure word: 两 分钟.
      const unit = L.v5 && noun.tags.includes('unit');
      prefix = [...out(from, ...numeral), ...(unit ? [] : out([...from, nounIndex], noun.classifier))];
    }
    const indefinite =
      det === 'a' ||
      det === 'an' ||
      det === 'one' ||
      det === 'some' ||
      det === 'bare' ||
      isNumber(det) ||
      (!!quantity && quantity.force !== 'universal');
    const head: NounPhrase = { zh: [], head: noun.sg, kind: noun.kind, thirdSingular: !plural, keys: [], hasRelative: false, indefinite };
    if (L.v5 && det === 'possessor') head.possessed = true;
    if (L.v5 && det === 'bare') head.bare = true;
    if (L.v5 && isDemonstrative(det) && det.en === 'that') head.opensWithThat = true;
    if (quantity) {
      // 每 个 学生 · 所有 学生 · 很多 水 · 没有 牛奶 · `any water` → 水.
      const unit = noun.tags.includes('unit');
      const word = flat([out(at, ...quantity.zh), quantity.classifier && !unit ? out([...at, nounIndex], noun.classifier) : []]);
      const core = flat([adj ? out([adjIndex], adj.zh) : [], out([nounIndex], noun.zh)]);
      const said = flat([word, core]);
      const negative = quantity.force === 'negative';
      head.quant = {
        force: quantity.force,
        at,
        subject: said,
        object: quantity.subjectOnly ? null : said,
        there: negative ? core : said,
        core,
      };
      head.zh = slot === 'subject' ? said : (head.quant.object ?? said);
      return head;
    }
    // A relative clause only after `the` or a bare plural, and never inside another one.
    if (!use.plain && (det === 'the' || det === 'bare') && r.pick('rel', [false, true], (x) => (x ? ['that'] : undefined))) {
      prefix = relativeClause(r, head);
      head.hasRelative = true;
    }
    head.zh = flat([prefix, adj ? out([adjIndex], adj.zh) : [], out([nounIndex], noun.zh)]);
    return head;
  }

  /** Words a noun phrase may begin with, for reasons given before an object is read (`Reason.holdsAt`). */
  let objectStarts: ReadonlySet<string> | undefined;
  const startsObject = (w: string | undefined) => {
    objectStarts ??= new Set(
      [
        ['a', 'an', 'the'],
        L.names.map((n) => n.en),
        [...L.pronouns, L.it].flatMap((p) => [p.obj, p.poss]),
        L.demonstratives.map((d) => d.en),
        L.nouns.flatMap((n) => [n.sg, n.pl]),
        [...L.quantifierWords, ...L.quantifierDeterminers, ...L.numbers, ...L.counts].map((q) => q.en[0]!),
        L.possessivePronouns.map(([en]) => en),
        L.v5 ? [...titles5.map((t) => t.en), ...reflexives5, ...L.placeNames.map((n) => n.en), ...L.terms.map((n) => n.en)] : [],
      ].flat(),
    );
    return w !== undefined && objectStarts.has(w);
  };
  /** Words a clause may begin with (a subject, or `that`). */
  const startsClause = (w: string | undefined) => w === 'that' || startsObject(w) || L.pronouns.some((p) => p.subj === w);
  /** Prepositions: of places, and of the verbs and adjectives that take one. */
  let prepositions: ReadonlySet<string> | undefined;
  const isPreposition = (w: string | undefined) => {
    prepositions ??= new Set([
      ...L.prepositions.map((p) => p.en[0]!),
      ...[...L.frames.values(), ...L.adjectiveFrames.values()].flat().flatMap((f) => f.preposition.slice(0, 1)),
    ]);
    return w !== undefined && prepositions.has(w);
  };
  /** v5: how well (`well`, `fast`, `hard`, `badly`) is said of what is done, not in a negation (`I didn't sleep well.` is out). */
  const notHowWell = (r: Run, negative: boolean, vp: VerbPhrase) =>
    r.need(!negative || !vp.how, () => ({
      en: `${quote(vp.how!.word)} (how well) isn't said in a negative sentence here.`,
      zh: `这里的否定句里不能用 ${quote(vp.how!.word)}（做得怎么样）。`,
    }));
  /** Where a reason about `to` + a verb holds. */
  const atTo = (w: string | undefined) => w === 'to';
  /** Where a reason about a missing object holds: the clause ends there (`I want.`), not at a word typed after the verb. */
  const endsClause = (w: string | undefined) => w === undefined || ['.', '?', '!', ','].includes(w);

  const possessors: Possessor[] = [...L.names, ...L.pronouns, ...(L.v5 ? [L.it] : []), 'the'];
  const possessorLead = fixedLead((p: Possessor) => (p === 'the' ? ['the'] : 'poss' in p ? [p.poss] : [p.en, "'s"]));
  const animateNouns = L.nouns.filter((n) => n.kind !== 'thing');

  /** `Tom 's` → 汤姆 的 · `my` → 我的 · `the dog 's` → 狗 的. */
  function possessor(r: Run): Target {
    const p = r.pick('possessor', possessors, possessorLead);
    if (typeof p === 'object' && 'poss' in p) return out([r.emit(p.poss)], p.zhPoss);
    let owner: Target;
    if (p === 'the') {
      r.emit('the');
      const n = r.pick('possessor-noun', animateNouns, singularLead);
      owner = out([r.emit(n.sg)], n.zh);
    } else owner = out([r.emit(p.en)], p.zh);
    return [...owner, ...out([r.emit("'s")], '的')];
  }

  // ---- Verb phrases --------------------------------------------------------------------------------

  const transitive = L.verbs.filter((v) => v.object && !v.phrasal); // v5: a phrasal verb keeps its particle
  /** v5: `do` asked about (`What did you do?` → 你 做 了 什么 ？); what it does is a frame elsewhere (`do the dishes`). */
  const doing5: Verb = { base: 'do', s3: 'does', past: 'did', ing: 'doing', zh: '做', object: null, alone: null };
  /**
   * Verbs whose object may be some thing (`what`) or some person (`who`), worked out at the first question
   * that asks: trying every noun with every verb is most of the time the task takes to build (on the page's
   * first heatmap's path), and most sentences ask nothing.
   */
  let asked: { thing: Set<Verb>; person: Set<Verb> } | null = null;
  const askable = () =>
    (asked ??= {
      thing: new Set([
        ...transitive.filter((v) => L.nouns.some((n) => n.kind === 'thing' && v.object!.ok(n.kind, n.sg))),
        ...(L.v5 ? [doing5] : []),
      ]),
      person: new Set(transitive.filter((v) => v.object!.ok('person', 'tom'))),
    });
  const askedVerbs = L.v5 ? [...transitive, doing5] : transitive;

  /** `that` + a clause with one gap (subject or object) that the head noun fills. Chinese: clause 的. */
  function relativeClause(r: Run, head: NounPhrase): Target {
    const that = r.emit('that');
    const gap = r.pick('gap', ['subject', 'object'] as const);
    const tense = r.pick('rel-tense', ['present', 'past'] as const);
    let subject: NounPhrase = head;
    if (gap === 'object') subject = nounPhrase(r, 'subject', true, animateSubject);
    else animateSubject(r, head);
    const v = r.pick('verb', transitive, (v) => [verbForm(v, tense, true, subject.thirdSingular)]);
    const verb = out([r.emit(verbForm(v, tense, true, subject.thirdSingular))], v.zh);
    needReadCue(r, v, tense, true, subject.thirdSingular, null);
    if (gap === 'object') {
      objectOf(v)(r, head);
      return flat([subject.zh, verb, out([that], '的')]);
    }
    const object = nounPhrase(r, 'object', true, objectOf(v));
    return flat([verb, object.zh, out([that], '的')]);
  }

  /** A main-clause subject: a noun phrase, or two joined by `and` (neither with a relative clause). */
  const actor = actorSubject(L.thingVerbs);
  function subject(r: Run, check: HeadCheck = animateSubject): NounPhrase {
    const first = nounPhrase(r, 'subject', false, check);
    if (first.hasRelative || first.quant || !r.pick('coord', [false, true], (x) => (x ? ['and'] : undefined))) return first;
    const and = r.emit('and');
    // v5: things do alone only one at a time (`The sun and the moon rose.` is not in the language).
    const joined = check === actor ? animateSubject : check;
    if (joined !== check) joined(r, first);
    const second = nounPhrase(r, 'subject', true, joined);
    r.need(text(first.zh) !== text(second.zh), () => ({
      en: `The two subjects joined by “and” must differ.`,
      zh: `用 “and” 连接的两个主语必须不同。`,
    }));
    return {
      zh: flat([first.zh, out([and], '和'), second.zh]),
      head: `${first.head} and ${second.head}`,
      kind: first.kind === 'thing' || second.kind === 'thing' ? 'thing' : 'person',
      thirdSingular: false,
      keys: [...first.keys, ...second.keys],
      hasRelative: false,
      opensWithThat: first.opensWithThat,
    };
  }

  /** Where `go` and `come` go: `to` + a place, `home`, `here`, `there`. Chinese: 去 / 来 + the place, or 回 家. */
  function destination(r: Run, v: Verb, vi: number): { verb: Target; rest: Target; objectQuant?: Quant } {
    const to = r.pick('destination', destinations, (d) =>
      d === 'to' ? ['to'] : d === 'to-work' ? ['to', 'work'] : d === 'to-bed' ? ['to', 'bed'] : [d],
    );
    if (to === 'into' || to === 'across' || to === 'through') return passage(r, v, vi, to);
    if (to === 'somewhere' || to === 'anywhere') return vaguely(r, v, vi, to);
    const go = v.base === 'go' ? '去' : v.base === 'get' ? '到' : '来';
    // v5: `run` and `walk` somewhere: 跑 回 家, 走 去 公园 (home or `to` a place).
    const way = L.v5 ? runs[v.base] : undefined;
    if (way) {
      r.need(to === 'home' || to === 'to', () => ({ en: `Say where to: home, or “to” a place.`, zh: `要说去哪里：回家，或 “to” 某地。` }));
      if (to === 'home') return { verb: out([vi], way, '回'), rest: out([r.emit('home')], '家') };
      const ti = r.emit('to');
      const np = placeNoun(r, ['place', 'room', 'building'], true);
      return { verb: out([vi], way, '去'), rest: out([ti, ...np.from], ...np.zh) };
    }
    if (to === 'home') return { verb: out([vi], v.base === 'get' ? '到' : '回'), rest: out([r.emit('home')], '家') };
    if (to === 'here' || to === 'there') return { verb: out([vi], go), rest: out([r.emit(to)], to === 'here' ? '这里' : '那里') };
    const ti = r.emit('to');
    if (to === 'to-work' || to === 'to-bed')
      r.need(v.base === 'go', () => ({ en: `Write “go to ${to.slice(3)}”.`, zh: `要写 “go to ${to.slice(3)}”。` }));
    if (to === 'to-work') return { verb: out([vi], go), rest: out([ti, r.emit('work')], '上班') };
    if (to === 'to-bed') return { verb: out([vi], go), rest: out([ti, r.emit('bed')], '睡觉') };
    const np = placeNoun(r, ['place', 'room', 'building'], true);
    return { verb: out([vi], go), rest: out([ti, ...np.from], ...np.zh) };
  }

  /**
   * v5: going somewhere not named: 去 某 个 地方 (`Let's go somewhere.`); `anywhere` only in a question or after
   * `not`, as `anything` is (`I didn't go anywhere.` → 我 没有 去 任何 地方 。).
   */
  function vaguely(r: Run, v: Verb, vi: number, to: 'somewhere' | 'anywhere'): { verb: Target; rest: Target; objectQuant?: Quant } {
    r.need(v.base === 'go', () => ({ en: `Only “go” goes ${to}.`, zh: `只有 “go” 可以接 “${to}”。` }));
    const wi = r.emit(to);
    if (to === 'somewhere') return { verb: out([vi], '去'), rest: out([wi], '某', '个', '地方') };
    const polarity: Quant = { force: 'polarity', at: [wi], subject: null, object: null, there: null };
    return { verb: out([vi], '去'), rest: out([wi], '任何', '地方'), objectQuant: polarity };
  }

  /** v5: `by bus` after where one goes is how, before the verb (`I go to school by bus.` → 我 坐 公共汽车 去 学校 。). */
  function transport(r: Run): Target {
    const t = r.pick('by', optionalTransports, (x) => (x ? ['by', x[0]] : undefined));
    if (!t) return [];
    const [en, verb, zh] = t;
    const bi = r.emit('by');
    const ni = r.emit(en);
    return zh ? flat([out([bi], verb), out([ni], zh)]) : out([bi, ni], verb);
  }
  const optionalTransports = [null, ...transports5];

  const destinations = [
    'to',
    'home',
    'here',
    'there',
    'to-work',
    'to-bed',
    ...(L.v5 ? (['into', 'across', 'through', 'somewhere', 'anywhere'] as const) : []),
  ] as const;
  /**
   * v5: into a room or a building, across a street, through a park: 进 厨房, 走 过 马路, 穿过 公园 (`Tom ran into the
   * kitchen.` → 汤姆 跑 进 了 厨房 。).
   */
  function passage(r: Run, v: Verb, vi: number, how: 'into' | 'across' | 'through'): { verb: Target; rest: Target } {
    const way = passages5[how];
    const verb = way[v.base];
    r.need(!!verb, () => ({ en: `Say where ${v.base} goes another way.`, zh: `${quote(v.base)} 的去处要换一种说法。` }));
    const hi = r.emit(how);
    const np = placeNoun(r, ['place', 'room', 'building'], false, false, way.to);
    return { verb: out([vi, hi], ...verb!), rest: out(np.from, ...np.zh) };
  }

  /** v5: the particles of phrasal verbs with an object, by verb (`turn on the oven` is never turning on it). */
  const particles = new Map<string, Set<string>>();
  for (const v of L.verbs) if (v.phrasal) particles.set(v.base, (particles.get(v.base) ?? new Set()).add(v.particle!));

  /** v5: verbs of moving on foot, with the word they go with (跑 回 家). */
  const runs: Record<string, string> = { run: '跑', walk: '走' };

  /** `[the | my …] noun` of a place; `school` may go bare. Chinese tokens and the English they came from. */
  function placeNoun(
    r: Run,
    classes: string[],
    bareSchool: boolean,
    site = true,
    heads?: readonly string[],
  ): { zh: string[]; from: number[] } {
    const det = r.pick('place-det', ['the', 'bare', ...L.pronouns] as const, (d) =>
      d === 'the' ? ['the'] : d === 'bare' ? ['school'] : [(d as Pronoun).poss],
    );
    const from: number[] = [];
    const zh: string[] = [];
    if (det === 'bare') {
      r.need(bareSchool, () => ({ en: `“school” needs “the” here.`, zh: `这里 “school” 前面要有 “the”。` }));
      from.push(r.emit('school'));
      return { zh: ['学校'], from };
    }
    if (det === 'the') r.emit('the');
    else {
      const p = det as Pronoun;
      from.push(r.emit(p.poss));
      zh.push(p.zhPoss);
    }
    const n = r.pick('place-noun', placeNouns, singularLead);
    from.push(r.emit(n.sg));
    r.need(n.tags.some((t) => classes.includes(t)) && (!heads || heads.includes(n.sg)), () => ({
      en: `${quote(n.sg)} isn't a place you can use here.`,
      zh: `${quote(n.sg)} 不能用作这里的地点。`,
    }));
    // v5: `in`, `at` and `to` say 在 / 去 + the place alone, which only some places allow (在 湖 is not Chinese).
    if (L.v5 && site) r.need(L.sites.has(n.sg), () => ({ en: `Say where in ${quote(n.sg)}.`, zh: `要说在 ${quote(n.sg)} 的哪里。` }));
    zh.push(n.zh);
    return { zh, from };
  }
  const placeNouns = L.nouns.filter((n) => n.tags.some((t) => ['place', 'room', 'building', 'furniture'].includes(t)));

  /**
   * A verb and its complement: an object, nothing (`I can swim.`), a particle (`sit down`), where `go`/`come`
   * go, or `to` + another verb phrase (`want to sleep`). `form` is the verb's English spelling.
   */
  /** A verb's lead in each spelling: its form, and its particle where the two go together (`sit down`). */
  const verbLeads = Object.fromEntries(
    Object.entries(spell).map(([k, form]) => [k, fixedLead((v: Verb) => (v.particle && !v.phrasal ? [form(v), v.particle] : [form(v)]))]),
  ) as Record<Spelling, (v: Verb) => string[]>;

  function verbPhrase(r: Run, spelled: Spelling, subject: NounPhrase | null, inner = false): VerbPhrase {
    // v5: a thing does only what it does alone (`The phone rang.` → 手机 响 了 。, `The sun is rising.`).
    const thingVerbs = L.v5 && subject ? L.thingVerbs.get(subject.head) : undefined;
    const v = r.pick('verb', thingVerbs ?? L.verbs, verbLeads[spelled]);
    const vi = r.emit(spell[spelled](v));
    if (thingVerbs) {
      const [first, ...more] = v.alone!;
      // A state (`The shoe fits.` → 鞋 合适 。) takes no 了, as it has no progressive.
      return {
        vi,
        v,
        objectKeys: [],
        objectHasRelative: false,
        lead: [],
        le: v.ing !== null,
        placed: false,
        verb: out([vi], first!),
        rest: out([vi], ...more),
        thing: true,
      };
    }
    // v5: only people think, say, hope, … (`It thinks.` and `The dog said that.` are not in the language).
    if (L.v5 && subject && peopleVerbs5.has(v.base)) personSubject(r, subject, v);
    if (L.weatherVerbs.has(v.base))
      r.need(subject?.head === 'it' && !inner, () => ({
        en: `Only “it” ${v.s3} (the weather).`,
        zh: `只有 “it” 能 ${quote(v.base)}（天气）。`,
      }));
    const base = {
      vi,
      v,
      objectKeys: [] as string[],
      objectHasRelative: false,
      lead: [] as Target,
      le: v.base !== 'have',
      placed: moving(v) || L.residing.has(v.base),
    };
    if (v.phrasal) return { ...base, ...phrasal(r, v, vi, subject) };
    if (v.particle) {
      const pi = r.emit(v.particle);
      return { ...base, verb: out([vi, pi], v.alone![0]!), rest: [], company: L.v5 ? company(r, v, subject) : undefined };
    }
    const c = r.pick('complement', L.v5 ? complements5 : complements, (c) => (c === 'to' || c === 'destination' ? undefined : undefined));
    if (c === 'frame') return { ...base, ...frame(r, v, vi, subject) };
    if (subject && (c === 'object-to' || c === 'clause')) personSubject(r, subject, v);
    if (c === 'object-to') return { ...base, ...objectTo(r, v, vi, subject, inner) };
    if (c === 'dative') return { ...base, ...dative(r, v, vi, subject) };
    if (c === 'dative-to') return { ...base, ...dativeTo(r, v, vi, subject) };
    if (c === 'clause') return { ...base, ...thatClause(r, v, vi), le: false, clausal: true };
    if (c === 'object') {
      r.need(!!v.object, () => ({ en: `${quote(v.base)} takes no object.`, zh: `${quote(v.base)} 不带宾语。`, holdsAt: startsObject }));
      const self = L.v5 ? reflexive(r, v, subject) : null;
      if (self) return { ...base, verb: out([vi], v.zh), rest: self };
      const obj = nounPhrase(r, 'object', false, objectOf(v));
      // v5: a fixed object says it another way (`take medicine` → 吃药, not 拿 药).
      if (L.v5)
        r.need(
          !(L.frames.get(v.base) ?? []).some(
            (f) => !f.preposition.length && (f.zh.includes('X') || plainly(obj)) && f.objects.ok(obj.kind, obj.head),
          ),
          () => ({
            en: `${quote(v.base)} ${quote(objectForm(obj.head))} says something else.`,
            zh: `${quote(v.base)} ${quote(objectForm(obj.head))} 是另一个意思。`,
          }),
        );
      // `have` a meal is eating it: `I had lunch.` → 我 吃 了 午饭 。
      const meal = v.base === 'have' && L.tagsOf(obj.head).includes('meal');
      const sport = L.v5 && v.base === 'play' && obj.bare ? playedSports5[obj.head] : undefined;
      const forWhom = L.v5 && !meal && benefactive.has(v.base) ? beneficiary(r, subject, obj) : undefined;
      return {
        ...base,
        verb: out([vi], meal ? '吃' : (sport ?? v.zh)),
        rest: forWhom && v.base === 'have' ? flat([obj.zh, forWhom]) : obj.zh,
        beneficiary: forWhom && v.base !== 'have' ? forWhom : undefined,
        objectKeys: obj.keys,
        objectHasRelative: obj.hasRelative,
        le: base.le || meal,
        objectQuant: obj.quant,
        objectKind: obj.kind,
        offers: L.v5 && !forWhom && !obj.quant && !obj.hasRelative ? v : undefined,
      };
    }
    if (c === 'alone') {
      r.need(!!v.alone, () => ({ en: `${quote(v.base)} needs an object.`, zh: `${quote(v.base)} 需要宾语。`, holdsAt: endsClause }));
      // v5: `stay` says where or not (`Stay home.` → 待 在 家 。, `Stay with me.`); a place takes no 了.
      const stays = L.v5 && v.base === 'stay' && r.pick('stay-where', [true, false]);
      if (L.residing.has(v.base) || stays) {
        const where = placePhrase(r, L.v5);
        return { ...base, verb: out([vi], stays ? '待' : v.alone![0]!), rest: where.at, le: !L.v5, placed: true };
      }
      // v5: `stay` somewhere says where with its place (待 在 …), not after 留下.
      if (L.v5 && v.base === 'stay') base.placed = true;
      const [first, ...more] = v.alone!;
      const how = L.v5 ? howWell(r, v) : null;
      if (how) {
        const plain = out([vi], L.verbWords[v.base]!);
        const said =
          how.word === 'hard'
            ? flat([out([vi], ...v.alone!), out(how.at, '很', '努力')])
            : flat([plain, out(how.at, '得', '很', L.howWell[how.word]!.after)]);
        return { ...base, verb: said, rest: [], le: false, how: { ...how, plain } };
      }
      return {
        ...base,
        verb: out([vi], first!),
        rest: out([vi], ...more),
        company: L.v5 ? company(r, v, subject) : undefined,
        goes: L.v5 && v.base === 'go',
      };
    }
    if (c === 'destination') {
      // v5: `get` somewhere is arriving (`when you get home` → 你 到 家 的 时候).
      const checks = () =>
        r.need(moving(v) || (L.v5 && (v.base === 'get' || !!runs[v.base])), () => ({
          en: `Only “go” and “come” go somewhere.`,
          zh: `只有 “go” 和 “come” 可以接去处。`,
        }));
      // v5: checked once the destination is read (`Lucy might not leave that.` is not about going somewhere).
      if (!L.v5) checks();
      const to = destination(r, v, vi);
      if (L.v5) checks();
      const by = L.v5 && moving(v) ? transport(r) : [];
      return { ...base, ...to, verb: flat([by, to.verb]), placed: true, company: L.v5 ? company(r, v, subject) : undefined };
    }
    const cat = L.catenatives[v.base];
    r.need(!!cat && !inner, () => ({
      en: `${quote(v.base)} can't take “to” + a verb.`,
      zh: `${quote(v.base)} 后面不能接 “to” + 动词。`,
      holdsAt: atTo,
    }));
    r.emit('to');
    const vp = verbPhrase(r, 'base', subject, true);
    return { ...vp, lead: out([vi], cat!), vi, v, le: false, placed: vp.placed };
  }

  /** v5: `myself`, `yourself`, … as the object of a verb one does to oneself (`I love myself.` → 我 爱 自己 。). */
  function reflexive(r: Run, v: Verb, subject: NounPhrase | null): Target | null {
    const self = r.pick('reflexive', optionalReflexives, (x) => (x ? [x] : undefined));
    if (!self) return null;
    const i = r.emit(self);
    r.need(reflexiveVerbs5.has(v.base), () => ({ en: `Write “${v.base}” + someone else.`, zh: `“${v.base}” 后面要接别人。` }));
    r.need(subject?.keys.length === 1 && reflexiveOf5[subject.keys[0]!] === self, () => ({
      en: `${quote(self)} doesn't go with ${quote(subject?.head ?? 'this subject')}.`,
      zh: `${quote(self)} 和 ${quote(subject?.head ?? '这个主语')} 不一致。`,
    }));
    return out([i], '自己');
  }
  const optionalReflexives = [null, ...(L.v5 ? reflexives5 : [])];

  /** v5: a verb of the mind or of speech wants a person for its subject. */
  function personSubject(r: Run, subject: NounPhrase, v: Verb) {
    r.need(subject.kind === 'person', () => ({
      en: `Only people ${v.base} (not ${quote(subject.head)}).`,
      zh: `只有人才能 ${quote(v.base)}（${quote(subject.head)} 不行）。`,
    }));
  }

  /**
   * v5: a phrasal verb with its object, before or after the particle (`Turn on the light.`, `Turn the light
   * on.` → 打开 灯 。); a pronoun goes before it (`Put it down.` → 放下 它 。).
   */
  function phrasal(
    r: Run,
    v: Verb,
    vi: number,
    subject: NounPhrase | null,
  ): Pick<VerbPhrase, 'verb' | 'rest' | 'objectKeys' | 'objectQuant'> {
    const early = r.pick('particle-first', [true, false], (x) => (x ? [v.particle!] : undefined));
    const pi = early ? r.emit(v.particle!) : -1;
    const obj = nounPhrase(r, 'object', false, objectOf(v));
    if (subject) notSame(r, subject, obj.keys, obj.head);
    const pronoun = obj.keys.length === 1 && L.pronouns.concat(L.it).some((p) => p.subj === obj.keys[0]);
    r.need(!(early && pronoun), () => ({
      en: `Put ${quote(objectForm(obj.head))} before ${quote(v.particle!)}.`,
      zh: `${quote(objectForm(obj.head))} 要放在 ${quote(v.particle!)} 前面。`,
    }));
    r.need(obj.quant?.force !== 'negative', () => ({ en: `Say it with “not … any…”.`, zh: `要用 “not … any…” 来说。` }));
    const links = [vi, early ? pi : r.emit(v.particle!)];
    const x = v.phrasal!.indexOf('X');
    return {
      verb: out(links, ...v.phrasal!.slice(0, x)),
      rest: flat([obj.zh, out(links, ...v.phrasal!.slice(x + 1))]),
      objectKeys: obj.keys,
      objectQuant: obj.quant,
    };
  }

  /**
   * v5: a verb + a clause, `that` or not (`I think the door is open.` → 我 觉得 门 开着 。, `He said he was
   * tired.` → 他 说 他 很 累 。). One clause, with no clause or `if` inside it.
   */
  function thatClause(r: Run, v: Verb, vi: number): Pick<VerbPhrase, 'verb' | 'rest'> {
    const zh = L.clauseVerbs[v.base];
    r.need(!!zh && !embedded, () => ({
      en: `${quote(v.base)} takes no clause here.`,
      zh: `${quote(v.base)} 这里不接从句。`,
      holdsAt: startsClause,
    }));
    const that = r.pick('that', [false, true], (x) => (x ? ['that'] : undefined));
    if (that) r.emit('that');
    const c = inside(r);
    // `know that man left` would read two ways without `that` (`that man` the subject, or the object); `know
    // Tom and Mary left` and `remember that cat and you left` two ways anyway: one subject, `that` before `that`.
    if (!that) r.need(!opensWithThat, () => ({ en: `Write “that” before this clause.`, zh: `这个从句前面要写 “that”。` }));
    r.need(!twoSubjects, () => ({ en: `Say it in two sentences.`, zh: `分成两句来说。` }));
    return { verb: out([vi], zh!), rest: c };
  }

  /** v5: a clause inside a sentence's clause (`think that …`, `if …`, `when …`): it holds no other. */
  let embedded = false;
  /** v5: building an `if` or `when` clause, which says its predicate bare: no 很, no 了 (如果 你 饿 ， …). */
  let conditioning = false;
  function inside(r: Run, condition = false): Target {
    embedded = true;
    conditioning = condition;
    try {
      return clause(r);
    } finally {
      embedded = false;
      conditioning = false;
    }
  }

  /** v5: `I want you to read it.` → 我 想 让 你 读 它 。, `Ask him to wait.` → 请 他 等 。 */
  function objectTo(r: Run, v: Verb, vi: number, subject: NounPhrase | null, inner: boolean): Pick<VerbPhrase, 'verb' | 'rest' | 'le'> {
    const zh = L.objectTo.get(v.base);
    r.need(!!zh && !inner, () => ({
      en: `${quote(v.base)} takes no object + “to” here.`,
      zh: `${quote(v.base)} 这里不接宾语 + “to”。`,
      holdsAt: startsObject,
    }));
    const obj = nounPhrase(r, 'object', false, (r2, o) =>
      r2.need(o.kind !== 'thing', () => ({ en: `Someone does it: a person or an animal.`, zh: `做事的要是人或动物。` })),
    );
    if (subject) notSame(r, subject, obj.keys, obj.head);
    r.need(obj.quant?.force !== 'negative', () => ({ en: `Say it with “not … any…”.`, zh: `要用 “not … any…” 来说。` }));
    // `help` goes with `to` or without (`Help me carry the box.`).
    const to = v.base !== 'help' || r.pick('help-to', [false, true], (x) => (x ? ['to'] : undefined));
    const ti = to ? [r.emit('to')] : [];
    const vp = verbPhrase(r, 'base', obj, true);
    notSame(r, obj, vp.objectKeys, vp.v.base);
    r.need(!vp.clausal, () => ({ en: `Say it in two sentences.`, zh: `分成两句来说。` }));
    const none: Adjuncts = { manner: [], place: [], time: [], timeWord: null };
    return { verb: flat([out([vi, ...ti], ...zh!), obj.zh, vpZh(vp, none, false)]), rest: [], le: false };
  }

  /**
   * v5: two objects (`Give Tom the ball.` → 给 汤姆 球 。, `Tell us a story.` → 告诉 我们 一 个 故事 。):
   * 了 goes before the last of them (我 给 了 汤姆 球).
   */
  /** v5: whom a verb of two objects gives to (`Give Tom the ball.`), and what it gives. */
  const whom =
    (v: Verb, d: Dative): HeadCheck =>
    (r, o) =>
      r.need(d.people.ok(o.kind, o.head), () => ({
        en: `${quote(v.base)} something to ${d.people.label.en}, not to ${quote(objectForm(o.head))}.`,
        zh: `${quote(v.base)} 的对象只能是${d.people.label.zh}，不能是 ${quote(objectForm(o.head))}。`,
      }));
  const what =
    (v: Verb, d: Dative): HeadCheck =>
    (r, o) =>
      r.need(d.things.ok(o.kind, o.head), () => ({
        en: `${quote(`${v.base} someone`)} takes ${d.things.label.en}, not ${quote(objectForm(o.head))}.`,
        zh: `${quote(`${v.base} someone`)} 的东西只能是${d.things.label.zh}，不能是 ${quote(objectForm(o.head))}。`,
      }));

  function dative(r: Run, v: Verb, vi: number, subject: NounPhrase | null): Pick<VerbPhrase, 'verb' | 'rest' | 'objectKeys'> {
    const d = L.datives.get(v.base);
    r.need(!!d, () => ({ en: `${quote(v.base)} takes one object.`, zh: `${quote(v.base)} 只带一个宾语。`, holdsAt: startsObject }));
    const x = nounPhrase(r, 'object', false, whom(v, d!));
    const y = nounPhrase(r, 'object', false, what(v, d!));
    if (subject) notSame(r, subject, x.keys, x.head);
    // `Give her cats.` reads as `her cats`: after `her`, the thing takes a determiner.
    r.need(!(x.head === 'she' && y.bare), () => ({ en: `Write “give her the …”.`, zh: `要写 “give her the …”。` }));
    for (const q of [x.quant, y.quant])
      r.need(q?.force !== 'negative' && q?.force !== 'polarity', () => ({ en: `Say it another way.`, zh: `换一种说法。` }));
    const said = (t: string) => (t === 'X' ? x.zh : t === 'Y' ? y.zh : out([vi], t));
    // 了 after the verb's last word: 给 了 汤姆 球, 给 汤姆 看 了 照片, 把 盐 递给 了 汤姆.
    const k = d!.zh.findLastIndex((t) => t !== 'X' && t !== 'Y') + 1;
    return { verb: d!.zh.slice(0, k).flatMap(said), rest: d!.zh.slice(k).flatMap(said), objectKeys: [...x.keys, ...y.keys] };
  }

  /**
   * v5: the thing, then `to` + the person (`Give the ball to Tom.` → 把 球 给 汤姆 。, `Give it to me.` → 把 它
   * 给 我 。); a thing not yet known is said as with two objects (`I sent a letter to Mary.` → 我 给 玛丽 寄 了
   * 一 封 信 。). The verb's Chinese links to `to` too.
   */
  function dativeTo(r: Run, v: Verb, vi: number, subject: NounPhrase | null): Pick<VerbPhrase, 'verb' | 'rest' | 'objectKeys'> {
    const d = L.datives.get(v.base);
    r.need(!!d?.to, () => ({
      en: `${quote(v.base)} takes no “to” + someone.`,
      zh: `${quote(v.base)} 后面不用 “to” + 人。`,
      holdsAt: startsObject,
    }));
    const y = nounPhrase(r, 'object', false, what(v, d!));
    const ti = r.emit('to');
    const x = nounPhrase(r, 'object', false, whom(v, d!));
    if (subject) notSame(r, subject, x.keys, x.head);
    for (const q of [x.quant, y.quant])
      r.need(q?.force !== 'negative' && q?.force !== 'polarity', () => ({ en: `Say it another way.`, zh: `换一种说法。` }));
    const zh = !y.indefinite && !y.bare && !y.quant ? d!.to! : d!.zh;
    const said = (t: string) => (t === 'X' ? x.zh : t === 'Y' ? y.zh : out(t === '把' ? [vi] : [vi, ti], t));
    const k = zh.findLastIndex((t) => t !== 'X' && t !== 'Y') + 1;
    return { verb: zh.slice(0, k).flatMap(said), rest: zh.slice(k).flatMap(said), objectKeys: [...x.keys, ...y.keys] };
  }

  /** v5: `well`, `fast`, `hard` after a verb without an object (`Tom swims well.`). */
  function howWell(r: Run, v: Verb): { word: string; at: number[] } | null {
    const word = r.pick('how-well', howWords, (w) => (w ? [w] : undefined));
    if (!word) return null;
    const at = [r.emit(word)];
    const hard = word === 'hard' ? ['work', 'study', 'learn', 'play', 'try'].includes(v.base) : false;
    r.need(word === 'hard' ? hard : !!L.verbWords[v.base], () => ({
      en: `One doesn't ${v.base} ${word}.`,
      zh: `不能说 ${quote(`${v.base} ${word}`)}。`,
    }));
    return { word, at };
  }
  const howWords = [null, ...Object.keys(L.howWell)];

  /** v5: what one does with someone (`Come with us.`); `fight with`, `talk with` are frames (跟 X 说话). */
  const together = new Set(
    'go come walk run play eat drink dance sing swim travel stay work study learn cook shop rest wait sit get ride drive read live'.split(
      ' ',
    ),
  );
  /** v5: `with` + a person or animal after a verb without an object (`Come with us.` → 和 我们 一起 来 。). */
  function company(r: Run, v: Verb, subject: NounPhrase | null): Target | undefined {
    if (!r.pick('with', [false, true], (x) => (x ? ['with'] : undefined))) return undefined;
    r.need(together.has(v.base), () => ({ en: `One doesn't ${v.base} “with” someone here.`, zh: `这里 ${quote(v.base)} 不用 “with”。` }));
    const wi = r.emit('with');
    const np = nounPhrase(r, 'object', false, (r2, o) =>
      r2.need(o.kind !== 'thing', () => ({ en: `One goes with people or animals.`, zh: `“with” 后面要是人或动物。` })),
    );
    if (subject) notSame(r, subject, np.keys, np.head);
    quantifiedObject(r, np.quant, false, false);
    return flat([out([wi], '和'), np.zh, out([wi], '一起')]);
  }

  /** v5: verbs that do something for someone (`I bought a gift for Mary.`). */
  const benefactive = new Set(['buy', 'make', 'cook', 'bring', 'find', 'write', 'draw', 'sing', 'have']);
  /**
   * v5: `for` + whom, after the object: 给 X before the verb (我 给 玛丽 买 了 一 份 礼物 。), or after
   * `have`'s object (`I have something for you.` → 我 有 一些 东西 给 你 。).
   */
  function beneficiary(r: Run, subject: NounPhrase | null, obj: NounPhrase): Target | undefined {
    if (!r.pick('for', [false, true], (x) => (x ? ['for'] : undefined))) return undefined;
    const fi = r.emit('for');
    const np = nounPhrase(r, 'object', false, (r2, o) =>
      r2.need(o.kind !== 'thing', () => ({ en: `Something is for a person or an animal.`, zh: `“for” 后面要是人或动物。` })),
    );
    if (subject) notSame(r, subject, np.keys, np.head);
    notSame(r, { ...np, keys: obj.keys }, np.keys, np.head);
    quantifiedObject(r, np.quant, false, false);
    return flat([out([fi], '给'), np.zh]);
  }

  /**
   * v5: a verb with its fixed preposition or object, from the lexicon's frames (`Look at the sky.` → 看
   * 天空, `I talked to Tom.` → 我 跟 汤姆 说话 了, `Take a shower.` → 洗澡). Of two frames that fit, the first.
   */
  function frame(
    r: Run,
    v: Verb,
    vi: number,
    subject: NounPhrase | null,
  ): Pick<VerbPhrase, 'verb' | 'rest' | 'objectKeys' | 'objectHasRelative' | 'objectQuant'> {
    const frames = L.frames.get(v.base);
    r.need(!!frames, () => ({
      // Not "no preposition": `live` takes `in` (a place, elsewhere), only not the one typed (`live with`).
      en: `${quote(v.base)} doesn't take this preposition here.`,
      zh: `${quote(v.base)} 在这里不带这个介词。`,
      holdsAt: isPreposition,
    }));
    const f = r.pick('frame', frames!, (f) => (f.preposition.length ? f.preposition : undefined));
    const pi = f.preposition.map((t) => r.emit(t));
    const obj = nounPhrase(r, 'object', false, (r2, o) =>
      r2.need(f.objects.ok(o.kind, o.head), () => ({
        en: `${quote([v.base, ...f.preposition].join(' '))} takes ${f.objects.label.en}, not ${quote(objectForm(o.head))}.`,
        zh: `${quote([v.base, ...f.preposition].join(' '))} 的宾语只能是${f.objects.label.zh}，不能是 ${quote(objectForm(o.head))}。`,
      })),
    );
    // v5: `at noon` after a verb is when (`Ray will look at noon.` → 雷 中午 会 看 。), never what is looked at.
    if (L.v5 && f.preposition.at(-1) === 'at')
      r.need(!L.tagsOf(obj.head).includes('time'), () => ({
        en: `${quote(`at ${obj.head}`)} says when here.`,
        zh: `这里 ${quote(`at ${obj.head}`)} 说的是时间。`,
      }));
    const same = (g: Frame) => g.preposition.join(' ') === f.preposition.join(' ');
    r.need(frames!.find((g) => same(g) && g.objects.ok(obj.kind, obj.head)) === f, () => ({
      en: `Here ${quote(v.base)} means something else.`,
      zh: `这里 ${quote(v.base)} 是另一个意思。`,
    }));
    r.need(obj.quant?.force !== 'negative', () => ({ en: `Say it with “not … any…”.`, zh: `要用 “not … any…” 来说。` }));
    const links = [vi, ...pi];
    const x = f.zh.indexOf('X');
    const object = { objectKeys: obj.keys, objectHasRelative: obj.hasRelative, objectQuant: obj.quant };
    if (x < 0) {
      // A fixed object (`take a shower` → 洗澡) is part of the Chinese: said plainly, once. (`It makes sense.` is an expression.)
      r.need(subject?.head !== 'it', () => ({ en: `Say it without “it”.`, zh: `不用 “it” 来说。` }));
      r.need(plainly(obj), () => ({
        en: `Say ${quote(objectForm(obj.head))} plainly here.`,
        zh: `这里 ${quote(objectForm(obj.head))} 要简单地说。`,
      }));
      return { verb: out([...links, ...fromOf(obj)], ...f.zh), rest: [], ...object };
    }
    const [before, after] = [f.zh.slice(0, x), f.zh.slice(x + 1)];
    if (!after.length) return { verb: out(links, ...before), rest: obj.zh, ...object };
    return { verb: flat([out(links, ...before), obj.zh, out(links, ...after)]), rest: [], ...object };
  }

  /** v5: `nearby` is a place as `here` is (`There is a park nearby.` → 附近 有 一 个 公园 。). */
  const placeKinds = [
    'prep',
    'here',
    'there',
    'at-home',
    'at-school',
    'home',
    ...(L.v5 ? (['nearby', 'between', 'everywhere'] as const) : []),
  ] as const;

  /** A place: `in the kitchen` → 在 厨房, `on the table` → 在 桌子 上; `inside` is the `there is` form (花园 里). */
  function placePhrase(r: Run, home = false): { at: Target; inside: Target; prep?: string } {
    const kind = r.pick('place-kind', placeKinds, (k) =>
      k === 'prep' ? undefined : k === 'at-home' ? ['at', 'home'] : k === 'at-school' ? ['at', 'school'] : [k],
    );
    if (kind === 'home') {
      r.need(home, () => ({ en: `Write “at home” here.`, zh: `这里要写 “at home”。` }));
      const i = r.emit('home');
      return { at: out([i], '在', '家'), inside: out([i], '家', '里') };
    }
    if (kind === 'between') {
      // v5: `between the bank and the school` → 在 银行 和 学校 之间 (之间 有 … in `there is`).
      const bi = r.emit('between');
      const one = placeNoun(r, ['place', 'building', 'furniture'], false, false);
      const ai = r.emit('and');
      const two = placeNoun(r, ['place', 'building', 'furniture'], false, false);
      r.need(one.zh.join() !== two.zh.join(), () => ({ en: `Between two different places.`, zh: `要在两个不同的地方之间。` }));
      const pair = flat([out([bi, ...one.from], ...one.zh), out([ai], '和'), out(two.from, ...two.zh), out([bi], '之间')]);
      return { at: flat([out([bi], '在'), pair]), inside: pair, prep: 'between' };
    }
    if (kind === 'everywhere') {
      // v5: where one does a thing everywhere is 到处 before the verb (`Tom looked everywhere.` → 汤姆 到处 看 了 。),
      // and 到处 都 有 … in `there is`; not after `be` or `live`, where it is no one place.
      r.need(!home, () => ({ en: `Say where: one place.`, zh: `要说一个地方。` }));
      const i = r.emit('everywhere');
      return { at: out([i], '到处'), inside: out([i], '到处', '都') };
    }
    if (kind === 'here' || kind === 'there' || kind === 'nearby') {
      const i = r.emit(kind);
      const zh = { here: '这里', there: '那里', nearby: '附近' }[kind];
      return { at: out([i], '在', zh), inside: out([i], zh) };
    }
    if (kind === 'at-home' || kind === 'at-school') {
      const from = [r.emit('at'), r.emit(kind === 'at-home' ? 'home' : 'school')];
      const zh = kind === 'at-home' ? '家' : '学校';
      return { at: out(from, '在', zh), inside: out(from, zh, '里'), prep: 'at' };
    }
    const p = r.pick('preposition', L.prepositions, (p) => p.en);
    const from = p.en.map((t) => r.emit(t));
    const np = placeNoun(r, p.nouns, false, p.after.length === 0);
    const links = [...from, ...np.from];
    return { at: out(links, '在', ...np.zh, ...p.after), inside: out(links, ...np.zh, ...p.inside), prep: p.en[0] };
  }

  /** `[Manner] [Place] [Time]`, in that order in English; the time word agrees with the tense. */
  function adjuncts(
    r: Run,
    tense: Tense | 'modal',
    negative: boolean,
    objectHasRelative: boolean,
    { manner = true, place = true, time = true, vp }: { manner?: boolean; place?: boolean; time?: boolean; vp?: VerbPhrase } = {},
  ): Adjuncts {
    // `go`, `come` and `live` say where with their complement, never with a place adjunct.
    if (vp?.placed) place = false;
    // v5: after a clause, a time word would read two ways (`I think Tom left yesterday`).
    if (L.v5 && vp?.clausal) return { manner: [], place: [], time: [], timeWord: null };
    const m = manner ? r.pick('manner', optionalManners, (p) => (p ? p.en : undefined)) : null;
    const mi = m ? m.en.map((t) => r.emit(t)) : [];
    const where = place && r.pick('place', [false, true]) ? placePhrase(r) : null;
    const pl = where ? where.at : [];
    // v5: `look at the house` is 看 房子, not looking somewhere (see frame).
    if (L.v5 && where?.prep && vp?.rest.length === 0 && !vp.objectKeys.length)
      r.need(
        !(L.frames.get(vp.v.base) ?? []).some((f) => f.preposition[0] === where.prep) && !particles.get(vp.v.base)?.has(where.prep),
        () => ({
          en: `${quote(`${vp.v.base} ${where.prep}`)} takes its object here.`,
          zh: `这里 ${quote(`${vp.v.base} ${where.prep}`)} 带宾语。`,
        }),
      );
    const t = time ? timeWord(r, tense, negative) : { zh: [], word: null };
    r.need(!(objectHasRelative && (m || pl.length || t.word)), () => ({
      en: `A clause whose object has a relative clause takes no manner, place or time.`,
      zh: `宾语带关系从句的分句不能再有方式、地点或时间。`,
    }));
    return { manner: m ? out(mi, ...m.zh) : [], place: pl, time: t.zh, timeWord: t.word, mannerWord: m?.en[0] };
  }

  /** An optional time word that agrees with the tense (a modal's clause is about now or later). */
  function timeWord(r: Run, when: Tense | 'modal' | 'now-or-later', negative: boolean): { zh: Target; word: Time | null } {
    const time = r.pick('time', optionalTimes, (p) => (p ? p.en : undefined));
    if (!time) return { zh: [], word: null };
    const links = time.en.map((t) => r.emit(t));
    const told = time === atClock ? clock(r, links) : null;
    const word = quote(told ? 'at …' : time.en.join(' '));
    // v5: a state in the present may be planned (`Are you free tomorrow?` → 你 明天 有空 吗 ？).
    const nowOrLater = when === 'now-or-later';
    const tense = nowOrLater ? 'present' : when;
    const fits =
      tense === 'modal'
        ? time.tenses.includes('future')
        : time.tenses.includes(tense) || (nowOrLater && time.tenses.includes('future') && time.en[0] !== 'soon');
    r.need(fits, () => ({
      en: `${word} doesn't go with the ${tense === 'modal' ? 'modal verb' : tense + ' tense'}.`,
      zh: `${word} 不能和${tense === 'modal' ? '情态动词' : tenseZh[tense]}连用。`,
    }));
    r.need(!(negative && time.en[0] === 'every'), () => ({
      en: `“every day” is never used with “not”.`,
      zh: `“every day” 不和 “not” 连用。`,
    }));
    return { zh: told ?? out(links, ...time.zh), word: time };
  }

  /**
   * v5: a clock time, the hour said with 点 (`seven o'clock` → 七 点, `3:30` → 三 点 半, `half past three` →
   * 三 点 半, `7:05` → 七 点 零 五 分); `at` (its index in `at`) links to 点.
   */
  function clock(r: Run, at: number[]): Target {
    const half = r.pick('clock-half', [false, true], (x) => (x ? ['half', 'past'] : undefined));
    const hi = half ? [r.emit('half'), r.emit('past')] : [];
    const h = r.pick('hour', hours5, numberLead);
    const ni = r.emit(h.en[0]!);
    if (half) return flat([out([ni], ...h.zh), out([...at, ni], '点'), out(hi, '半')]);
    const form = r.pick('clock-form', ['hour', "o'clock", ':'] as const, (f) => (f === 'hour' ? undefined : [f]));
    if (form === 'hour') return flat([out([ni], ...h.zh), out([...at, ni], '点')]);
    const oi = r.emit(form);
    if (form === "o'clock") return flat([out([ni], ...h.zh), out([...at, ni, oi], '点')]);
    r.need(/^\d/.test(h.en[0]!), () => ({ en: `Write the hour in digits: “3:30”.`, zh: `钟点要用数字写：“3:30”。` }));
    const m = r.pick('minute', minutes5, numberLead);
    const mi = r.emit(m.en[0]!);
    return flat([out([ni], ...h.zh), out([...at, ni, oi], '点'), out([mi], ...m.zh)]);
  }

  // ---- v5: quantifiers in their clause -------------------------------------------------------------

  /**
   * Where a quantified subject may stand: `nobody` and `everyone` in an affirmative clause (a negated one
   * reads two ways), `nobody` not in a question, `anybody` only in one (`Does anybody know?`).
   */
  function quantifiedSubject(r: Run, subj: NounPhrase, negative: boolean, question: boolean) {
    const f = subj.quant?.force;
    if (!f) return;
    if (f === 'negative' || f === 'universal')
      r.need(!negative, () => ({
        en: `${quote(subj.head)} goes with an affirmative verb here.`,
        zh: `这里 ${quote(subj.head)} 后面要用肯定式。`,
      }));
    if (f === 'negative') r.need(!question, () => ({ en: `Ask with “anybody”.`, zh: `问句里要用 “anybody”。` }));
    if (f === 'polarity')
      r.need(question, () => ({ en: `${quote(subj.head)} goes in a question.`, zh: `${quote(subj.head)} 用在问句里。` }));
  }

  /**
   * Where a quantified object may stand: `anything`, `any …`, `much …` in a question or a negated clause,
   * `nothing`, `nobody`, `no …` only where the clause says them (`verbClause`).
   */
  function quantifiedObject(r: Run, q: Quant | undefined, negative: boolean, question: boolean, negativeObjects = false) {
    if (!q) return;
    if (q.force === 'polarity')
      r.need(negative || question, () => ({ en: `“any…” goes in a question or after “not”.`, zh: `“any…” 用在问句或否定句里。` }));
    if (q.force === 'negative')
      r.need(negativeObjects && !negative && !question, () => ({ en: `Say it with “not … any…”.`, zh: `要用 “not … any…” 来说。` }));
    // `I don't want something.`: English says `anything` after `not`.
    if (q.force === 'existential') r.need(!negative, () => ({ en: `Write “any…” after “not”.`, zh: `“not” 后面要用 “any…”。` }));
  }

  /** v5: a question word asks about this subject: no quantifier in it (`Where is everyone?` is not in the language). */
  function noQuantifier(r: Run, np: NounPhrase) {
    if (np.quant)
      r.need(false, () => ({ en: `${quote(np.head)} can't go in this question.`, zh: `${quote(np.head)} 不能用在这个问句里。` }));
  }

  /** The subject, the time word and 都 in Chinese order: `大家 昨天 都 …`, `昨天 没有 人 …`, `昨天 有 人 …`. */
  const front = (subj: NounPhrase, shown: Target, time: Target): Target => {
    const f = subj.quant?.force;
    if (f === 'universal') return flat([shown, time, out(subj.quant!.at, '都')]);
    if (f === 'negative' || f === 'existential' || f === 'polarity') return flat([time, shown]);
    return flat([shown, time]);
  };

  /**
   * `nothing`, `nobody`, `no …` as the object of an affirmative verb: the clause's negation (`I saw nothing.`
   * → 我 什么 都 没 看见 。, `We have no milk.` → 我们 没有 牛奶 。). The verb takes no 了.
   */
  function negativeObject(vp: VerbPhrase, tense: Tense, aux: number[]): { before: Target; vp: VerbPhrase } {
    const q = vp.objectQuant!;
    const have = vp.v.base === 'have' && tense !== 'future';
    if (q.core) return { before: [], vp: { ...vp, verb: out([vp.vi, ...q.at], '没有'), rest: q.core, le: false } };
    const not = have ? [] : out([...aux, ...q.at], tense === 'past' ? '没' : tense === 'future' ? '不会' : '不');
    const verb = have ? out([vp.vi, ...q.at], '没有') : vp.verb;
    return { before: flat([q.object!, out(q.at, '都'), not]), vp: { ...vp, verb, rest: [], le: false } };
  }

  // ---- Clauses -------------------------------------------------------------------------------------

  /** The subject as Chinese says it: the weather's `it` is left out (`It rained.` → 下雨 了 。). */
  const said = (subj: NounPhrase, vp: VerbPhrase): Target => (L.weatherVerbs.has(vp.v.base) ? [] : subj.zh);

  /** `Subject [Aux] [not] Verb Object [Manner] [Place] [Time]` → `Subject [Time] [Neg/Modal] [Place] [Manner] Verb [了] Object`. */
  function verbClause(r: Run, subj: NounPhrase): Target {
    const does = subj.thirdSingular ? 'does' : 'do';
    const freq = r.pick('frequency', optionalFrequencies, (f) => (f ? f.en : undefined));
    const fi = freq ? r.emit(freq.en[0]!) : -1;
    const form = r.pick('form', forms, (f) =>
      f === 'future'
        ? ['will']
        : f === 'not-present'
          ? [does, 'not']
          : f === 'not-past'
            ? ['did', 'not']
            : f === 'not-future'
              ? ['will', 'not']
              : undefined,
    );
    // v5: `still` goes with the present, `also` and `only` with the past too (`Tom also came.` → 汤姆 也 来 了 。), `almost` with the past only.
    if (freq)
      r.need('tenses' in freq ? (freq.tenses as string[]).includes(form) : form === 'present', () => {
        const past = 'tenses' in freq && !(freq.tenses as string[]).includes('present');
        return {
          en: `${quote(freq.en[0]!)} goes with the ${past ? 'past' : 'present'} tense here.`,
          zh: `这里 ${quote(freq.en[0]!)} 只和${past ? '过去时' : '现在时'}连用。`,
        };
      });
    const negative = form.startsWith('not-');
    const tense = form.replace('not-', '') as Tense;
    const aux: number[] = [];
    if (form === 'future' || form === 'not-future') aux.push(r.emit('will'));
    if (form === 'not-present') aux.push(r.emit(does));
    if (form === 'not-past') aux.push(r.emit('did'));
    if (negative) aux.push(r.emit('not'));
    let modal = { future: '会', 'not-present': '不', 'not-past': '没有', 'not-future': '不会' }[form as string];
    // v5: a manner adverb may come before the verb (`Tom quickly ran home.` → 汤姆 很快地 回 了 家 。).
    const early =
      L.v5 && !freq && (form === 'present' || form === 'past')
        ? r.pick('manner-first', optionalManners, (m) => (m ? m.en : undefined))
        : null;
    const ei = early ? early.en.map((t) => r.emit(t)) : [];

    const vp = verbPhrase(r, spelling(tense, !negative, subj.thirdSingular), subj);
    notSame(r, subj, vp.objectKeys, vp.v.base);
    // v5: a state is negated with 不 in the past too (`I didn't know.` → 我 不 知道 。): 没有 denies an event.
    if (L.v5 && form === 'not-past' && pastStates5.has(vp.v.base)) modal = '不';
    // v5: `again` after the verb phrase is 又 in the past, 再 after 会 in the future (`Tom came again.` → 汤姆 又 来 了 。).
    const again =
      L.v5 &&
      (form === 'past' || form === 'future') &&
      !freq &&
      !vp.clausal &&
      !subj.quant &&
      !vp.objectQuant &&
      r.pick('again', [false, true], (x) => (x ? ['again'] : undefined));
    const gi = again ? [r.emit('again')] : [];
    // v5: `together` after what many do with each other: 一起 before the verb (`We ate together.` → 我们 一起 吃 了 东西 。).
    const jointly =
      L.v5 &&
      !again &&
      together.has(vp.v.base) &&
      !vp.company &&
      !vp.placed &&
      !vp.how &&
      subj.head !== 'you' &&
      !subj.quant &&
      agreement(subj) === 'plural' &&
      r.pick('together', [false, true], (x) => (x ? ['together'] : undefined));
    const ji = jointly ? [r.emit('together')] : [];
    // v5: `twice` after what was done is 两 次 after the verb and its object (`I saw Tom twice.` → 我 看见 了 汤姆 两 次 。).
    const twice =
      L.v5 &&
      form === 'past' &&
      !again &&
      !jointly &&
      !freq &&
      !early &&
      !vp.clausal &&
      !vp.how &&
      !subj.quant &&
      (!vp.objectQuant || vp.objectQuant.force === 'plain') &&
      twiceVerbs5.has(vp.v.base) &&
      vp.lead.length === 0 &&
      r.pick('twice', [false, true], (x) => (x ? ['twice'] : undefined));
    const wi = twice ? [r.emit('twice')] : [];
    const plain = adjuncts(r, tense, negative, vp.objectHasRelative, { vp, manner: !early });
    let a = early ? { ...plain, manner: out(ei, ...early.zh) } : plain;
    needReadCue(r, vp.v, tense, !negative, subj.thirdSingular, a.timeWord);
    // v5: `I see.` is the expression (我 明白 了), not `see` without an object.
    if (L.v5 && form === 'present' && subj.head === 'i' && vp.v.base === 'see')
      r.need(vp.rest.length > 0 || vp.lead.length > 0, () => ({
        en: `“I see.” means “I understand”.`,
        zh: `“I see.” 的意思是“我明白了”。`,
      }));
    let verb = went(vp);
    // `have` is negated with 没有 in the present and past (`We don't have time.` → 我们 没有 时间 。).
    // v5: a meal is not had but eaten (`He didn't have breakfast.` → 他 没有 吃 早饭 。).
    const meal = L.v5 && vp.verb.length === 1 && vp.verb[0]!.t === '吃';
    if (vp.v.base === 'have' && !meal && vp.lead.length === 0 && (form === 'not-present' || form === 'not-past')) {
      verb = { ...vp, verb: out([...aux, vp.vi], '没有') };
      modal = undefined;
    }
    let before: Target = [];
    // v5: where someone or something is wanted is where they are to be (`We need Tom here.` → 我们 需要 汤姆 在
    // 这里 。, `We need the car here.` → 我们 需要 车 在 这里 。), not where the subject is.
    if (L.v5 && wantedThere.has(vp.v.base) && vp.objectKind && a.place.length) {
      r.need(a.place[0]?.t !== '到处', () => ({ en: `Say where: one place.`, zh: `要说一个地方。` }));
      [a, verb] = [
        { ...a, place: [] },
        { ...verb, rest: flat([verb.rest, a.place]) },
      ];
    }
    if (L.v5) {
      quantifiedSubject(r, subj, negative, false);
      const q = vp.objectQuant;
      const negativeObjects = vp.lead.length === 0 && !freq && (!q?.core || (vp.v.base === 'have' && tense !== 'future'));
      quantifiedObject(r, q, negative, false, negativeObjects);
      if (q?.force === 'negative') {
        r.need(!a.manner.length && !a.place.length, () => ({ en: `Say how or where in another sentence.`, zh: `方式和地点另说一句。` }));
        ({ before, vp: verb } = negativeObject(vp, tense, aux));
        if (tense !== 'future') modal = undefined;
      }
    }
    // A negative subject or object is the clause's negation: no 了 (`Nobody came.` → 没有 人 来 。).
    if (L.v5) notHowWell(r, negative, vp);
    const le = form === 'past' && !conditioning && subj.quant?.force !== 'negative' && vp.objectQuant?.force !== 'negative';
    lastTense = tense;
    return flat([
      front(subj, said(subj, vp), a.time),
      L.v5 ? also(r, subj, negative, !!vp.clausal || freq?.en[0] === 'also' || !!again) : [],
      freq ? out([fi], ...freq.zh) : [],
      before,
      modal ? out(aux, modal) : [],
      again ? out(gi, form === 'past' ? '又' : '再') : [],
      jointly ? out(ji, '一起') : [],
      vpZh(verb, a, le),
      twice ? out(wi, '两', '次') : [],
    ]);
  }

  /** v5: verbs of a state, whose past is negated with 不 (`understand` and `forget` say an event: 没有 明白, 没有 忘记). */
  const pastStates5 = new Set('know like love hate want need believe care remember'.split(' '));

  /**
   * v5: `have to` + a verb: `I have to go.` → 我 得 走 。, `I had to go.` → 我 不得不 走 。, `You don't have
   * to go.` → 你 不用 走 。
   */
  function haveTo(r: Run, subj: NounPhrase): Target {
    const has = subj.thirdSingular ? 'has' : 'have';
    const does = subj.thirdSingular ? 'does' : 'do';
    const form = r.pick('have-to', ['present', 'past', 'not-present'] as const, (f) =>
      f === 'present' ? [has, 'to'] : f === 'past' ? ['had', 'to'] : [does, 'not', 'have', 'to'],
    );
    const words = form === 'present' ? [has, 'to'] : form === 'past' ? ['had', 'to'] : [does, 'not', 'have', 'to'];
    const hi = words.map((w) => r.emit(w));
    const vp = verbPhrase(r, 'base', subj, true);
    notSame(r, subj, vp.objectKeys, vp.v.base);
    const negative = form === 'not-present';
    const a = adjuncts(r, form === 'past' ? 'past' : 'modal', negative, vp.objectHasRelative, { vp });
    quantifiedSubject(r, subj, negative, false);
    quantifiedObject(r, vp.objectQuant, negative, false);
    const zh = form === 'present' ? '得' : form === 'past' ? '不得不' : '不用';
    lastTense = form === 'past' ? 'past' : 'modal';
    return flat([front(subj, said(subj, vp), a.time), out(hi, zh), vpZh(vp, a, false)]);
  }

  /** `can`, `must`, … [not] + a verb phrase; `would like` + a noun phrase or `to` + a verb phrase. */
  function modalClause(r: Run, subj: NounPhrase): Target {
    lastTense = 'modal';
    const m = r.pick('modal', modalsAndWould, (m) =>
      m === 'would' ? ['would', 'like'] : m === 'have-to' ? undefined : m === hadBetter5 ? ['had', 'better'] : [m.en],
    );
    if (m === 'have-to') return haveTo(r, subj);
    if (m === 'would') {
      const wi = [r.emit('would'), r.emit('like')];
      const to = r.pick('would-like', [false, true], (x) => (x ? ['to'] : undefined));
      let rest: Target;
      let a: Adjuncts;
      if (to) {
        r.emit('to');
        const vp = verbPhrase(r, 'base', subj, true);
        notSame(r, subj, vp.objectKeys, vp.v.base);
        a = adjuncts(r, 'modal', false, vp.objectHasRelative, { vp });
        if (L.v5) {
          quantifiedSubject(r, subj, false, false);
          quantifiedObject(r, vp.objectQuant, false, false);
        }
        rest = flat([out(wi, '想'), vpZh(vp, a, false)]);
        return flat([front(subj, said(subj, vp), a.time), rest]);
      }
      const obj = nounPhrase(r, 'object', false, (r2, o) =>
        r2.need(o.kind === 'thing', () => ({ en: `You'd like a thing.`, zh: `想要的要是东西。` })),
      );
      notSame(r, subj, obj.keys, obj.head);
      a = adjuncts(r, 'modal', false, obj.hasRelative, { manner: false, place: false });
      if (L.v5) {
        quantifiedSubject(r, subj, false, false);
        quantifiedObject(r, obj.quant, false, false);
      }
      return flat([front(subj, subj.zh, a.time), out(wi, '想要'), obj.zh]);
    }
    const mi = r.emit(m.en);
    // v5: `You'd better (not) go.` → 你 最好 (别) 走 。
    const bi = m === hadBetter5 ? [r.emit('better')] : [];
    const negative = r.pick('modal-not', [false, true], (x) => (x ? ['not'] : undefined));
    const ni = negative ? [r.emit('not')] : [];
    if (m === ought5) ni.push(r.emit('to')); // v5: `You ought (not) to go.` → 你 (不) 应该 走 。
    ni.unshift(...bi);
    // v5: `You should've told me.` → 你 本来 应该 告诉 我 的 。
    if (L.v5 && Object.hasOwn(modalPerfects5, m.en) && r.pick('modal-have', [false, true], (x) => (x ? ['have'] : undefined)))
      return modalPerfect(r, subj, m.en, [mi, ...ni], negative);
    const vp = verbPhrase(r, 'base', subj);
    notSame(r, subj, vp.objectKeys, vp.v.base);
    const a = adjuncts(r, 'modal', negative, vp.objectHasRelative, { vp });
    if (L.v5) {
      quantifiedSubject(r, subj, negative, false);
      quantifiedObject(r, vp.objectQuant, negative, false);
      notHowWell(r, negative, vp);
      // `Nobody can help me.` → 没有 人 能 …; `Nobody must …` forbids, which 没有 人 必须 doesn't say.
      if (subj.quant?.force === 'negative')
        r.need(['can', 'could', 'should'].includes(m.en), () => ({ en: `Say it another way.`, zh: `换一种说法。` }));
    }
    const seen = canPerceive(m, vp, [mi, ...ni], negative);
    const modalZh = (negative ? m.not : m.zh).split(' ');
    return flat([front(subj, said(subj, vp), a.time), seen ? [] : out([mi, ...ni], ...modalZh), vpZh(seen ?? vp, a, false)]);
  }

  /**
   * v5: `should` or `could` + `have` + a participle, what should or could have been (`You should've told me.` →
   * 你 本来 应该 告诉 我 的 。, `You shouldn't have come.` → 你 本来 不 应该 来 的 。).
   */
  function modalPerfect(r: Run, subj: NounPhrase, modal: string, mi: number[], negative: boolean): Target {
    const hi = r.emit('have');
    const zh = modalPerfects5[modal]!;
    const vp = verbPhrase(r, 'participle', subj);
    r.need(!!vp.v.participle && !vp.how && !vp.clausal, () => ({ en: `Say it another way.`, zh: `换一种说法。` }));
    r.need(!negative || zh.not !== null, () => ({
      en: `“${modal} not have” says it was impossible: say it another way.`,
      zh: `“${modal} not have” 是说不可能：换一种说法。`,
    }));
    notSame(r, subj, vp.objectKeys, vp.v.base);
    const a = adjuncts(r, 'past', negative, vp.objectHasRelative, { vp });
    quantifiedSubject(r, subj, negative, false);
    quantifiedObject(r, vp.objectQuant, negative, false);
    lastTense = 'past';
    return flat([
      front(subj, said(subj, vp), a.time),
      out([hi], '本来'),
      out(mi, ...(negative ? zh.not! : zh.zh).split(' ')),
      vpZh(went(vp), a, false),
      out([hi], '的'),
    ]);
  }

  /**
   * v5: `can` + see, hear, find or sleep is a resultative (`She can't see me.` → 她 看不见 我 。, `Can you hear me?` → 你 听得见
   * 我 吗 ？); so is `couldn't` (`She couldn't sleep.` → 她 睡不着 。).
   */
  function canPerceive(m: { en: string }, vp: VerbPhrase, mi: number[], negative: boolean): VerbPhrase | null {
    const can = m.en === 'can' || (m.en === 'could' && negative);
    const zh = L.v5 && can && !vp.lead.length && vp.verb.length === 1 ? resultatives5[vp.verb[0]!.t] : undefined;
    return zh ? { ...vp, verb: out([...mi, vp.vi], zh[negative ? 1 : 0]!) } : null;
  }

  /** v5: adjectives that compare (`taller`, `more beautiful`), one per word, but those spelled like a noun (`stranger`). */
  const nounWords = new Set(L.nouns.flatMap((n) => [n.sg, n.pl]));
  const comparedAdjectives = L.adjectives.filter(
    (a, i, all) =>
      a.comparative &&
      a.superlative &&
      a.predicative !== false &&
      all.findIndex((b) => b.en === a.en) === i &&
      !nounWords.has(a.comparative[0]!) &&
      !nounWords.has(a.superlative[0]!),
  );

  // v5: adjectives that follow `be`; a word's senses (`closed`: 关着 of a door, 关门了 of a shop), in order.
  const predicateAdjectives = L.v5 ? L.adjectives.filter((a) => a.predicative !== false) : L.adjectives;
  const sensesOf = new Map<string, Adjective[]>();
  for (const a of predicateAdjectives) sensesOf.set(a.en, [...(sensesOf.get(a.en) ?? []), a]);

  /** v5: one reading per word: for `it` a weather sense first, else the first sense that fits the subject. */
  function oneSense(r: Run, subj: NounPhrase, adj: Adjective) {
    const senses = sensesOf.get(adj.en)!;
    if (senses.length === 1) return;
    const fits = (a: Adjective) => (subj.head === 'it' && a.weather) || (a.situation && pointing(subj)) || a.takes.ok(subj.kind, subj.head);
    const first = (subj.head === 'it' ? senses.find((a) => a.weather) : undefined) ?? senses.find(fits);
    r.need(first === adj, () => ({ en: `Here ${quote(adj.en)} means something else.`, zh: `这里 ${quote(adj.en)} 是另一个意思。` }));
  }

  /**
   * v5: a state said with 了 (`I am ready.` → 我 准备好了 。): negated with 没 or its own negation
   * (`I'm not free.` → 我 没空 。), bare in the future (`I won't be late.` → 我 不会 迟到 。).
   */
  function state(
    r: Run,
    adj: Adjective,
    ai: number,
    be: { i: number[]; tense: Tense; negative: boolean },
    deg: Degree | null,
    negativeSubject = false,
  ): Target {
    r.need(!deg, () => ({ en: `${quote(adj.en)} takes no “${deg!.en}”.`, zh: `${quote(adj.en)} 前面不能用 “${deg!.en}”。` }));
    const future = be.tense === 'future';
    if (be.negative)
      r.need(adj.not !== null, () => ({ en: `${quote(adj.en)} isn't said with “not”.`, zh: `${quote(adj.en)} 不和 “not” 连用。` }));
    if (future)
      r.need(adj.stem !== null, () => ({ en: `${quote(adj.en)} isn't said in the future.`, zh: `${quote(adj.en)} 不用于将来时。` }));
    if (future) return flat([out(be.i, be.negative ? '不会' : '会'), out([ai], ...adj.stem!)]);
    // `Nobody is ready.` → 没有 人 准备好 。
    if (!be.negative) return out([ai], ...(negativeSubject ? (adj.stem ?? adj.pred) : adj.pred));
    const [not, ...rest] = adj.not!;
    return rest.length ? flat([out(be.i, not!), out([ai], ...rest)]) : out([...be.i, ai], not!);
  }

  /** v5: what can be about something: a book, a film, a song, a story … (or `it`, `this`, `that`). */
  const telling = (np: NounPhrase) =>
    pointing(np) || ['read', 'movie', 'song', 'show', 'film', 'game'].some((t) => L.tagsOf(np.head).includes(t) || np.head === t);

  /**
   * v5: an adjective with its fixed preposition (`Mary is afraid of dogs.` → 玛丽 很 害怕 狗 。, `I'm
   * interested in music.` → 我 对 音乐 很 感兴趣 。): 很 and 不 go before the adjective's own word.
   */
  function adjectiveFrame(r: Run, adj: Adjective, ai: number, negative: boolean, question: boolean) {
    const f = r.pick('adjective-frame', adjectiveFramesOf.get(adj.en) ?? noFrame, (f) => (f ? f.preposition : undefined));
    if (!f) return null;
    const pi = f.preposition.map((t) => r.emit(t));
    const obj = nounPhrase(r, 'object', false, (r2, o) =>
      r2.need(f.objects.ok(o.kind, o.head), () => ({
        en: `${quote([adj.en, ...f.preposition].join(' '))} takes ${f.objects.label.en}, not ${quote(objectForm(o.head))}.`,
        zh: `${quote([adj.en, ...f.preposition].join(' '))} 的宾语只能是${f.objects.label.zh}，不能是 ${quote(objectForm(o.head))}。`,
      })),
    );
    quantifiedObject(r, obj.quant, negative, question);
    // 很 before 为 (我 很 为 你 骄傲), else before the adjective's word (我 对 音乐 很 感兴趣).
    const k = f.zh[0] === '为' ? 0 : f.zh.indexOf(adj.pred[0]!);
    const said = (tokens: string[]) => tokens.flatMap((t) => (t === 'X' ? obj.zh : out([ai, ...pi], t)));
    return { before: said(f.zh.slice(0, k)), adjective: out([ai, ...pi], f.zh[k]!), after: said(f.zh.slice(k + 1)) };
  }
  const noFrame = [null];
  const adjectiveFramesOf = new Map(
    [...L.adjectiveFrames].map(([en, frames]) => [
      en,
      [null, ...frames.filter((f) => L.adjectives.some((a) => a.en === en && f.zh.includes(a.pred[0]!)))],
    ]),
  );

  /** v5: what a comparison measures against (`than Jerry`, `as Jerry`): like with like, someone or something. */
  function standard(r: Run, subj: NounPhrase, adj: Adjective): NounPhrase {
    const other = nounPhrase(r, 'object', false, (r2, o) =>
      r2.need(
        adj.takes.ok(o.kind, o.head) ||
          (o.kind === subj.kind && o.kind !== 'thing') ||
          o.head === 'mine' ||
          L.possessivePronouns.some(([en]) => en === o.head),
        () => ({
          en: `Compare like with like.`,
          zh: `要拿同类的东西比较。`,
        }),
      ),
    );
    notSame(r, subj, other.keys, other.head);
    r.need(!other.quant, () => ({ en: `Compare with someone or something.`, zh: `要和具体的人或东西比较。` }));
    return other;
  }
  /** v5: the adjective describes the subject (or the situation a pointing subject is). */
  function describes(r: Run, subj: NounPhrase, adj: Adjective) {
    if (!(adj.situation && pointing(subj))) r.need(adj.takes.ok(subj.kind, subj.head), () => notDescribed(adj, subj.head));
    oneSense(r, subj, adj);
  }

  /** What follows `be`; `question` leaves out 很 (`Is Tom happy?` → 汤姆 高兴 吗 ？). */
  function beComplement(
    r: Run,
    subj: NounPhrase,
    be: { i: number[]; tense: Tense; negative: boolean },
    question: boolean,
    allowed: readonly BeWhat[] = L.v5 ? beWhats5 : beWhats,
  ): BeComplement {
    const what = r.pick('be', allowed, (w) =>
      w === 'going'
        ? ['going', 'to']
        : w === 'same'
          ? ['the', 'same']
          : w === 'able'
            ? ['able', 'to']
            : w === 'for' || w === 'from' || w === 'about' || w === 'as'
              ? [w]
              : undefined,
    );
    const { tense, negative } = be;
    const future = tense === 'future';
    const neg = (zh: string) =>
      (negative ? out(be.i, future ? '不会' : '不') : future ? out(be.i, '会') : []).concat(zh ? out(be.i, zh) : []);
    const affirmativeOnly = (what: string) =>
      r.need(!negative, () => ({ en: `This “be … ${what}” can't be negated.`, zh: `这种 “be … ${what}” 不能用否定。` }));
    const presentOnly = (what: string) =>
      r.need(tense === 'present', () => ({
        en: `“be … ${what}” goes with the present tense here.`,
        zh: `这里 “be … ${what}” 只用现在时。`,
      }));
    if (what === 'from') {
      // `I'm from China.` → 我 来自 中国 。
      const fi = r.emit('from');
      r.need(subj.kind === 'person' && tense === 'present', () => ({ en: `People are from a place.`, zh: `人才 “from” 某地。` }));
      const p = r.pick('place-name', L.placeNames, (p) => [p.en]);
      return { zh: flat([neg(''), out([fi], '来自'), out([r.emit(p.en)], p.zh)]), dropSubject: false, tense };
    }
    if (what === 'able') {
      // `I am able to swim.` → 我 能 游泳 。 · `I'm not able to come.` → 我 不能 来 。
      // v5: a construction's constraints are checked once its words are read, so that a sentence which
      // doesn't use it isn't told about it (`She is not well.` is not about age); version 4 kept its order.
      const checks = () => {
        presentOnly('able to');
        animateSubject(r, subj);
      };
      if (!L.v5) checks();
      const ai = [r.emit('able'), r.emit('to')];
      if (L.v5) checks();
      const vp = verbPhrase(r, 'base', subj, true);
      notSame(r, subj, vp.objectKeys, vp.v.base);
      const a = adjuncts(r, 'modal', negative, vp.objectHasRelative, { vp });
      quantifiedObject(r, vp.objectQuant, negative, question);
      return {
        zh: flat([a.time, out([...be.i, ...ai], negative ? '不能' : '能'), vpZh(vp, a, false)]),
        dropSubject: L.weatherVerbs.has(vp.v.base),
        tense,
        timed: true,
      };
    }
    if (what === 'clock') {
      // `It's 3:30.` → 现在 三 点 半 。: the time now, said with 现在 where English says `it`.
      const c = clock(r, []);
      r.need(subj.head === 'it' && tense === 'present' && !negative, () => ({
        en: `Tell the time with “it is”: “It's 3:30.”`,
        zh: `报时间要用 “it is”：“It's 3:30.”`,
      }));
      return { zh: c, dropSubject: false, tense, subject: out(subj.zh[0]!.from, '现在'), timed: true };
    }
    if (what === 'same') {
      // `They are the same.` → 他们 一样 。 · `The books are not the same.` → 书 不 一样 。
      const checks = () =>
        r.need(agreement(subj) === 'plural' && subj.head !== 'you' && !subj.quant, () => ({
          en: `Say which are the same: two or more.`,
          zh: `要说哪些一样：两个或更多。`,
        }));
      if (!L.v5) checks();
      const si = [r.emit('the'), r.emit('same')];
      if (L.v5) checks();
      return { zh: flat([neg(''), out(si, '一样')]), dropSubject: false, tense };
    }
    if (what === 'as') {
      // `Tom is as tall as Jerry.` → 汤姆 和 杰瑞 一样 高 。 · `not as tall as` → 汤姆 没有 杰瑞 高 。
      const ai = [r.emit('as')];
      const adj = r.pick('compared', comparedAdjectives, (a) => [a.en]);
      const wi = r.emit(adj.en);
      describes(r, subj, adj);
      ai.push(r.emit('as'));
      const other = standard(r, subj, adj);
      const compare = negative && !future ? out([...be.i, ...ai], '没有') : flat([neg(''), out([ai[1]!], '和')]);
      return {
        zh: flat([compare, other.zh, negative && !future ? [] : out(ai, '一样'), out([wi], ...adj.pred)]),
        dropSubject: false,
        tense,
      };
    }
    if (what === 'comparative' || what === 'superlative') {
      // `Tom is taller than Jerry.` → 汤姆 比 杰瑞 高 。 · `This is better.` → 这 更 好 。 · `Tom is the tallest.` → 汤姆 最 高 。
      const ti = what === 'superlative' ? [r.emit('the')] : [];
      const adj = r.pick('compared', comparedAdjectives, (a) => (what === 'superlative' ? a.superlative! : a.comparative!));
      const ai = (what === 'superlative' ? adj.superlative! : adj.comparative!).map((t) => r.emit(t));
      describes(r, subj, adj);
      const said = L.v5 && subj.kind === 'person' && comparedAges5[adj.en] ? [comparedAges5[adj.en]!] : adj.pred;
      const subject = subj.head === 'it' && adj.situation ? out(subj.zh[0]!.from, '这') : undefined;
      // The weather's `it` is left out, as with the plain adjective (`It's colder today.` → 今天 更 冷 。);
      // beside `than` it is a thing compared with another (`It's colder than the soup.` → 它 比 汤 冷 。).
      const weather = subj.head === 'it' && adj.weather;
      if (what === 'superlative') {
        affirmativeOnly('the …est');
        return { zh: flat([neg(''), out([...ti, ai[0]!], '最'), out(ai, ...said)]), dropSubject: weather, tense, subject };
      }
      const than = r.pick('than', [false, true], (x) => (x ? ['than'] : undefined));
      if (!than) {
        affirmativeOnly('…er');
        return { zh: flat([neg(''), out([ai[0]!], '更'), out(ai, ...said)]), dropSubject: weather, tense, subject };
      }
      const thi = r.emit('than');
      const other = standard(r, subj, adj);
      // `Tom is not taller than Jerry.` → 汤姆 没有 杰瑞 高 。
      const compare = negative
        ? future
          ? flat([out(be.i, '不会'), out([thi], '比')])
          : out([...be.i, thi], '没有')
        : flat([future ? out(be.i, '会') : [], out([thi], '比')]);
      return { zh: flat([compare, other.zh, out(ai, ...said)]), dropSubject: false, tense, subject };
    }
    if (what === 'about') {
      // `The book is about a cat.` → 书 是 关于 一 只 猫 的 。
      r.need(telling(subj), () => ({
        en: `Only a book, a film, a story … is about something.`,
        zh: `只有书、电影、故事……才 “about” 什么。`,
      }));
      const ai = r.emit('about');
      const np = nounPhrase(r, 'object', false, anyHead);
      quantifiedObject(r, np.quant, negative, question);
      return { zh: flat([neg('是'), out([ai], '关于'), np.zh, out([ai], '的')]), dropSubject: false, tense };
    }
    if (what === 'adjective') {
      const deg = !negative && !question ? r.pick('degree', optionalDegrees, (d) => (d ? [d.en] : undefined)) : null;
      const di = deg ? r.emit(deg.en) : -1;
      const adj = r.pick('predicate-adj', predicateAdjectives, adjectiveLead);
      const ai = r.emit(adj.en);
      const weather = subj.head === 'it' && adj.weather;
      // v5: `it`, `this`, `that` may be the situation (`That's important.` → 那 很 重要 。).
      if (!weather && !(L.v5 && adj.situation && pointing(subj)))
        r.need(adj.takes.ok(subj.kind, subj.head), () => notDescribed(adj, subj.head));
      // v5: the situation's `it` is 这 (`It's important.` → 这 很 重要 。), never 它.
      let subject: Target | undefined;
      const when = L.v5 && tense === 'present' ? 'now-or-later' : tense;
      if (L.v5) {
        oneSense(r, subj, adj);
        if (subj.head === 'it' && !weather && adj.situation) subject = out(subj.zh[0]!.from, '这');
        if (adj.stem !== undefined)
          return { zh: state(r, adj, ai, be, deg, subj.quant?.force === 'negative'), dropSubject: weather, tense: when, subject };
      }
      if (!adj.gradable) {
        r.need(!deg, () => ({ en: `A colour takes no “${deg!.en}”.`, zh: `颜色前面不能用 “${deg!.en}”。` }));
        return { zh: flat([neg(''), out([ai], ...adj.pred)]), dropSubject: L.v5 && weather, tense: when, subject };
      }
      // `Nobody is happy.` → 没有 人 高兴 。: a negative subject is a negation, which takes no 很.
      const very = deg
        ? out([di], deg.zh)
        : !negative && !question && !conditioning && subj.quant?.force !== 'negative'
          ? out([ai], '很')
          : [];
      const framed = L.v5 ? adjectiveFrame(r, adj, ai, negative, question) : null;
      if (framed)
        return {
          zh: flat([framed.before, neg(''), very, framed.adjective, framed.after, deg?.after ? out([di], deg.after) : []]),
          dropSubject: false,
          tense: when,
          subject,
        };
      return {
        zh: flat([neg(''), very, out([ai], ...adj.pred), deg?.after ? out([di], deg.after) : []]),
        dropSubject: weather,
        tense: when,
        subject,
      };
    }
    if (what === 'noun') {
      const np = nounPhrase(r, 'object', { plain: false, predicate: true, nounsOnly: true }, anyHead);
      notSame(r, subj, np.keys, np.head);
      // v5: `Tom's mom` is his mother, not `Tom is Mom`: a family word said as a name is no predicate.
      if (L.v5 && np.keys.length) r.need(!L.tagsOf(np.head).includes('family'), () => ({ en: `Write “my mom”.`, zh: `要写 “my mom”。` }));
      if (np.keys.length)
        r.need(subj.kind === 'person' || ['name', 'this', 'that'].includes(subj.head), () => ({
          en: `Only a person is called ${quote(np.head)}.`,
          zh: `只有人才叫 ${quote(np.head)}。`,
        }));
      // v5: `It's time.` is time to do something, which the language doesn't say; time is no thing it is.
      if (L.v5)
        r.need(!(np.bare && np.head === 'time'), () => ({
          en: `“be time” (time to do something) isn't in the language.`,
          zh: `“be time”（该做某事了）不在语言里。`,
        }));
      // v5: a person is a person, a thing a thing of its sort (`This is my mother.` points, so anything goes);
      // a name is a name (`My name is Tom.` → 我的 名字 是 汤姆 。).
      if (L.v5 && !pointing(subj) && !(subj.head === 'name' && np.keys.length))
        r.need(np.kind === subj.kind && (subj.kind !== 'thing' || L.concrete(np.head) === L.concrete(subj.head)), () => ({
          en: `${quote(subj.head)} can't be ${quote(np.head)}.`,
          zh: `${quote(subj.head)} 不能是 ${quote(np.head)}。`,
        }));
      const you = subj.head === 'you';
      r.need(you || np.thirdSingular === (agreement(subj) !== 'plural') || np.keys.length > 0, () => ({
        en: `${quote(np.head)} doesn't agree in number with ${quote(subj.head)}.`,
        zh: `${quote(np.head)} 和 ${quote(subj.head)} 的单复数不一致。`,
      }));
      // v5: `It's a cat.`, `It's mine.`: the `it` that points is 这; `you` are many when the noun is
      // (`Are you teachers?` → 你们 是 老师 吗 ？).
      const subject = !L.v5
        ? undefined
        : subj.head === 'it'
          ? out(subj.zh[0]!.from, '这')
          : you && !subj.quant && !np.thirdSingular && !np.keys.length
            ? out(subj.zh[0]!.from, '你们')
            : undefined;
      return { zh: flat([neg('是'), np.zh]), dropSubject: false, tense, subject };
    }
    if (what === 'place') {
      const p = placePhrase(r, true);
      return { zh: flat([neg(''), p.at]), dropSubject: false, tense };
    }
    if (what === 'ing') {
      const notFuture = () =>
        r.need(tense !== 'future', () => ({ en: `Write “will” + verb for the future.`, zh: `将来时要写 “will” + 动词。` }));
      const checks = () => {
        notFuture();
        animateSubject(r, subj);
      };
      if (!L.v5) checks();
      const vp = verbPhrase(r, 'ing', subj);
      if (L.v5 && vp.thing) notFuture();
      else if (L.v5) checks();
      r.need(vp.v.ing !== null && vp.lead.length === 0 && !vp.clausal && !vp.how, () => ({
        en: `${quote(vp.v.base)} has no “-ing” form here.`,
        zh: `这里 ${quote(vp.v.base)} 不用 “-ing” 形式。`,
      }));
      notSame(r, subj, vp.objectKeys, vp.v.base);
      if (L.v5) quantifiedObject(r, vp.objectQuant, negative, question);
      // v5: with whom and for whom go before the verb, as in the other tenses (`Tom is walking with Mary.` → 汤姆
      // 在 和 玛丽 一起 散步 。); `be coming` is coming soon, in the present (`I'm coming.` → 我 要 来 。,
      // `Is Mary coming?` → 玛丽 要 来 吗 ？, `Tom isn't coming.` → 汤姆 不 来 。).
      const around = L.v5 ? flat([vp.company ?? [], vp.beneficiary ?? [], vp.verb, vp.rest]) : flat([vp.verb, vp.rest]);
      if (L.v5 && vp.v.base === 'come') {
        presentOnly('coming');
        return { zh: flat([out(be.i, negative ? '不' : '要'), around]), dropSubject: false, tense };
      }
      return {
        zh: flat([negative ? out(be.i, '没') : [], out(be.i, '在'), around]),
        dropSubject: L.weatherVerbs.has(vp.v.base),
        tense,
      };
    }
    if (what === 'going') {
      const checks = () => {
        affirmativeOnly('going to');
        presentOnly('going to');
        animateSubject(r, subj);
      };
      if (!L.v5) checks();
      const gi = [r.emit('going'), r.emit('to')];
      if (L.v5) checks();
      const vp = verbPhrase(r, 'base', subj);
      notSame(r, subj, vp.objectKeys, vp.v.base);
      const a = adjuncts(r, 'future', false, vp.objectHasRelative, { manner: false, vp });
      if (L.v5) quantifiedObject(r, vp.objectQuant, false, false);
      return {
        zh: flat([a.time, out(gi, '要'), vpZh(vp, a, false)]),
        dropSubject: L.weatherVerbs.has(vp.v.base),
        tense: 'future',
        timed: true,
      };
    }
    if (what === 'age') {
      const checks = () => {
        affirmativeOnly(L.v5 ? 'an age' : 'years old');
        presentOnly(L.v5 ? 'an age' : 'years old');
        r.need(subj.kind !== 'thing', () => ({ en: `Only people and animals have an age here.`, zh: `这里只有人和动物有年龄。` }));
      };
      if (!L.v5) checks();
      const n = r.pick('age', L.ages, numberLead);
      const ni = r.emit(n.en[0]!);
      if (L.v5) checks();
      const year = n.en[0] === 'one' || n.en[0] === '1' ? 'year' : 'years';
      const old = r.pick('years-old', [false, true], (x) => (x ? [year, 'old'] : undefined));
      const oi = old ? [r.emit(year), r.emit('old')] : [];
      return { zh: flat([out([ni], ...n.zh), out([ni, ...oi], '岁')]), dropSubject: false, tense };
    }
    // for: `This is for you.` → 这 是 给 你 的 。
    const checks = () => {
      affirmativeOnly('for');
      r.need(subj.kind === 'thing', () => ({ en: `Only things are “for” someone.`, zh: `只有东西才能 “for” 某人。` }));
    };
    if (!L.v5) checks();
    const fi = r.emit('for');
    if (L.v5) checks();
    const np = nounPhrase(r, 'object', false, (r2, o) =>
      r2.need(o.kind === 'person', () => ({ en: `Something is for a person.`, zh: `“for” 后面要是人。` })),
    );
    if (L.v5) quantifiedObject(r, np.quant, false, false);
    return { zh: flat([neg('是'), out([fi], '给'), np.zh, out([fi], '的')]), dropSubject: false, tense };
  }

  /** `Subject be …` with an optional time word: `I am very tired.` → 我 很 累 。 */
  function beClause(r: Run, subj: NounPhrase): Target {
    const f = r.pick('be-form', beForms, (f) => f.en);
    const i = f.en.map((t) => r.emit(t));
    if (f.agrees)
      r.need(f.agrees.includes(agreement(subj)), () => ({
        en: `${quote(f.en[0]!)} doesn't agree with ${quote(subj.head)}.`,
        zh: `${quote(f.en[0]!)} 和 ${quote(subj.head)} 的人称、数不一致。`,
      }));
    if (f.en[0] === "'s")
      r.need(subj.keys.length === 0 || L.names.some((n) => n.en === subj.head), () => ({ en: `Write “is” here.`, zh: `这里要写 “is”。` }));
    const c = beComplement(r, subj, { i, tense: f.tense, negative: f.negative }, false);
    const t = L.v5 && c.timed ? { zh: [] } : timeWord(r, c.tense, f.negative);
    if (L.v5) quantifiedSubject(r, subj, f.negative, false);
    lastTense = c.tense === 'now-or-later' ? 'present' : c.tense;
    return flat([front(subj, c.dropSubject ? [] : (c.subject ?? subj.zh), t.zh), L.v5 ? also(r, subj, f.negative, !!c.timed) : [], c.zh]);
  }

  /** `There is/are` + a noun phrase [+ a place]: `There is a cat in the garden.` → 花园 里 有 一 只 猫 。 */
  function thereClause(r: Run, ti: number, question: boolean): Target {
    const f = r.pick('there-be', ['is', 'are', 'was', 'were'] as const, (f) => [f]);
    lastTense = f === 'was' || f === 'were' ? 'past' : 'present';
    const bi = question ? ti : r.emit(f);
    const np = nounPhrase(r, 'object', false, anyHead);
    r.need(!!np.indefinite, () => ({
      en: `“there is” introduces something new: “a …”, “some …”, “two …”.`,
      zh: `“there is” 引出新事物：要用 “a …”、“some …”、“two …”。`,
    }));
    r.need((f === 'is' || f === 'was') === np.thirdSingular, () => ({
      en: `${quote(f)} doesn't agree with ${quote(np.head)}.`,
      zh: `${quote(f)} 和 ${quote(np.head)} 的单复数不一致。`,
    }));
    const place = r.pick('there-place', [false, true]) ? placePhrase(r).inside : [];
    if (np.quant)
      return flat([
        place,
        thereIs(
          r,
          np.quant,
          [bi, question ? -1 : ti].filter((x) => x >= 0),
          question,
        ),
      ]);
    return flat([
      place,
      out(
        [bi, question ? -1 : ti].filter((x) => x >= 0),
        '有',
      ),
      np.zh,
    ]);
  }

  /**
   * v5: `there is` + a quantifier: `There's nobody here.` → 这里 没有 人 。, `There is nothing.` → 什么 都
   * 没有 。, `Is there any milk?` → 有 牛奶 吗 ？, `There are many cats.` → 有 很多 猫 。
   */
  function thereIs(r: Run, q: Quant, be: number[], question: boolean): Target {
    r.need(q.there !== null, () => ({ en: `“there is” doesn't take this.`, zh: `“there is” 后面不能用这个。` }));
    quantifiedObject(r, q, false, question, true);
    if (q.force !== 'negative') return flat([out(be, '有'), q.there!]);
    // `nothing` (什么) goes before: 什么 都 没有.
    return q.core || q.there![0]!.t !== '什么'
      ? flat([out([...be, ...q.at], '没有'), q.there!])
      : flat([q.there!, out(q.at, '都'), out(be, '没有')]);
  }

  /** v5: `too` at the end of a clause, `also` (`I like it too.` → 我 也 喜欢 它 。): 也 before the predicate. */
  function also(r: Run, subj: NounPhrase, negative: boolean, closed: boolean): Target {
    const w = r.pick('too', alsoWords, (x) => (x ? [x] : undefined));
    if (!w) return [];
    r.need(!closed && !subj.quant && !embedded, () => ({ en: `Say ${quote(w)} in another sentence.`, zh: `${quote(w)} 另说一句。` }));
    // `either` is the `too` of a negated clause: `I don't like it either.` → 我 也 不 喜欢 它 。
    if (w === 'too') r.need(!negative, () => ({ en: `Write “either” after “not”.`, zh: `“not” 后面要用 “either”。` }));
    else r.need(negative, () => ({ en: `Write “too”: “either” follows “not”.`, zh: `要写 “too”：“either” 用在 “not” 后面。` }));
    return out([r.emit(w)], '也');
  }
  const alsoWords = [null, 'too', ...(L.v5 ? ['either'] : [])];

  /** v5: the clause built last opens with `that` (`that man …`), or has two subjects: see `thatClause`. */
  let opensWithThat = false;
  let twoSubjects = false;

  /** One main clause: a verb, a modal, `be`, or `there is`. */
  function clause(r: Run): Target {
    const kind = r.pick('clause', ['subject', 'there'] as const, (k) => (k === 'there' ? ['there'] : undefined));
    if (kind === 'there') {
      const ti = r.emit('there');
      opensWithThat = twoSubjects = false;
      return thereClause(r, ti, false);
    }
    const pred = r.pick('predicate', predicates);
    const subj = subject(r, pred === 'verb' || pred === 'modal' || pred === 'perfect' ? actor : anyHead);
    opensWithThat = !!subj.opensWithThat;
    twoSubjects = subj.head.includes(' and ');
    if (pred === 'verb') return verbClause(r, subj);
    if (pred === 'modal') return modalClause(r, subj);
    if (pred === 'link') return linkingClause(r, subj);
    if (pred === 'cause') return causeClause(r, subj);
    if (pred === 'perfect') return perfect(r, subj, null);
    return beClause(r, subj);
  }
  const predicates = L.v5 ? (['verb', 'be', 'modal', 'link', 'cause', 'perfect'] as const) : (['verb', 'be', 'modal'] as const);

  /**
   * v5: the present perfect, said as the past done (`I have finished.` → 我 完成 了 。, `Has Mary left?` →
   * 玛丽 离开 了 吗 ？) or not yet (`I haven't eaten.` → 我 还 没 吃 东西 。), `already` → 已经. It takes no
   * time word. `asked` is the index of `have`/`has` that opened a question.
   */
  function perfect(r: Run, subj: NounPhrase, asked: number | null): Target {
    const has = subj.thirdSingular ? 'has' : 'have';
    let hi: number[];
    let negative = false;
    if (asked === null) {
      negative = r.pick('perfect-not', [false, true], (x) => (x ? [has, 'not'] : [has]));
      hi = [r.emit(has), ...(negative ? [r.emit('not')] : [])];
    } else hi = [asked];
    const visited = beenTo(r, subj, hi, negative, asked !== null);
    if (visited) return visited;
    const already = !negative && r.pick('already', [false, true], (x) => (x ? ['already'] : undefined));
    const ai = already ? [r.emit('already')] : [];
    const vp = verbPhrase(r, 'participle', subj);
    r.need(!!vp.v.participle && !vp.how, () => ({ en: `Say it in the past.`, zh: `用过去时来说。` }));
    notSame(r, subj, vp.objectKeys, vp.v.base);
    const a = adjuncts(r, 'present', negative, vp.objectHasRelative, { vp, time: false });
    quantifiedSubject(r, subj, negative, asked !== null);
    quantifiedObject(r, vp.objectQuant, negative, asked !== null);
    lastTense = 'present';
    return flat([
      front(subj, said(subj, vp), []),
      negative ? out(hi, '还', '没') : [],
      already ? out(ai, '已经') : [],
      vpZh(went(vp), a, !negative),
      asked === null ? [] : out(hi, '吗'),
    ]);
  }

  /**
   * v5: `been to` a place is having gone there once (`Have you ever been to Beijing?` → 你 去过 北京 吗 ？,
   * `I have never been to Paris.` → 我 从来 没 去过 巴黎 。); `been here` is having come (来过 这里).
   */
  function beenTo(r: Run, subj: NounPhrase, hi: number[], negative: boolean, asked: boolean): Target | null {
    const adverb = !negative
      ? r.pick('been-adverb', [null, asked ? 'ever' : 'never'] as const, (w) => (w ? [w, 'been'] : undefined))
      : null;
    const ei = adverb ? [r.emit(adverb)] : [];
    if (!adverb && !r.pick('been', [false, true], (x) => (x ? ['been'] : undefined))) return null;
    const bi = r.emit('been');
    r.need(subj.kind === 'person' && !subj.quant, () => ({ en: `Say who has been there.`, zh: `要说谁去过。` }));
    const where = r.pick('been-where', ['to', 'here', 'there'] as const, (w) => [w]);
    const wi = r.emit(where);
    const place: { zh: string[]; from: number[] } =
      where !== 'to'
        ? { zh: [where === 'here' ? '这里' : '那里'], from: [] }
        : r.pick('been-to', [true, false], (named) => (named ? undefined : undefined))
          ? ((p) => ({ zh: [p.zh], from: [r.emit(p.en)] }))(r.pick('place-name', L.placeNames, (p) => [p.en]))
          : placeNoun(r, ['place', 'building'], false);
    lastTense = 'present';
    return flat([
      subj.zh,
      negative ? out(hi, '没') : adverb === 'never' ? out(ei, '从来', '没') : [],
      out([bi, wi, ...(adverb === 'ever' ? ei : [])], where === 'here' ? '来过' : '去过'),
      out(where === 'to' ? [wi, ...place.from] : [wi], ...place.zh),
      asked ? out(hi, '吗') : [],
    ]);
  }

  /** v5: make + someone + an adjective: `The song made Mary sad.` → 这 首 歌 让 玛丽 很 难过 。 */
  function causeClause(r: Run, subj: NounPhrase): Target {
    const does = subj.thirdSingular ? 'does' : 'do';
    const form = r.pick('form', forms, (f) =>
      f === 'future'
        ? ['will']
        : f === 'not-present'
          ? [does, 'not']
          : f === 'not-past'
            ? ['did', 'not']
            : f === 'not-future'
              ? ['will', 'not']
              : undefined,
    );
    const negative = form.startsWith('not-');
    const tense = form.replace('not-', '') as Tense;
    const aux = (
      form === 'future' || form === 'not-future' ? ['will'] : form === 'not-present' ? [does] : form === 'not-past' ? ['did'] : []
    )
      .concat(negative ? ['not'] : [])
      .map((w) => r.emit(w));
    const mi = r.emit(negative || tense === 'future' ? 'make' : tense === 'past' ? 'made' : subj.thirdSingular ? 'makes' : 'make');
    const obj = nounPhrase(r, 'object', false, (r2, o) =>
      r2.need(o.kind !== 'thing', () => ({ en: `Make someone feel so: a person or an animal.`, zh: `“make” 后面要是人或动物。` })),
    );
    notSame(r, subj, obj.keys, obj.head);
    r.need(!obj.quant, () => ({ en: `Say who.`, zh: `要说是谁。` }));
    const deg = !negative ? r.pick('degree', optionalDegrees, (d) => (d ? [d.en] : undefined)) : null;
    const di = deg ? r.emit(deg.en) : -1;
    const adj = r.pick('predicate-adj', predicateAdjectives, adjectiveLead);
    const ai = r.emit(adj.en);
    r.need(adj.gradable && adj.stem === undefined && adj.takes.ok(obj.kind, obj.head), () => ({
      en: `${quote(adj.en)} doesn't describe ${quote(objectForm(obj.head))}.`,
      zh: `${quote(adj.en)} 不能形容 ${quote(objectForm(obj.head))}。`,
    }));
    oneSense(r, obj, adj);
    const t = timeWord(r, tense, negative);
    quantifiedSubject(r, subj, negative, false);
    const modal = { future: '会', 'not-present': '不', 'not-past': '没有', 'not-future': '不会' }[form as string];
    const shown = subj.head === 'it' ? out(subj.zh[0]!.from, '这') : subj.zh;
    const very = deg ? out([di], deg.zh) : negative ? [] : out([ai], '很');
    lastTense = tense;
    return flat([
      front(subj, shown, t.zh),
      modal ? out(aux, modal) : [],
      out([mi], '让'),
      obj.zh,
      very,
      out([ai], ...adj.pred),
      deg?.after ? out([di], deg.after) : [],
    ]);
  }

  /**
   * v5: a linking verb + an adjective (`You look happy.` → 你 看起来 很 高兴 。, `I don't feel tired.` → 我
   * 觉得 不 累 。, `The soup got cold.` → 汤 变 冷 了 。, `It's getting dark.` → 越来越 暗 了 。).
   */
  function linkingClause(r: Run, subj: NounPhrase): Target {
    const does = subj.thirdSingular ? 'does' : 'do';
    const form = r.pick('linking-form', linkingForms, (f) =>
      f === 'not-present' ? [does, 'not'] : f === 'not-past' ? ['did', 'not'] : undefined,
    );
    const negative = form === 'not-present' || form === 'not-past';
    const aux: number[] = [];
    let vi: number[];
    let link: LinkingVerb;
    if (form === 'getting') {
      const f = r.pick('be-form', ['am', 'is', "'s", 'are'] as const, (f) => [f]);
      const bi = r.emit(f);
      const agrees = f === 'am' ? 'i' : f === 'are' ? 'plural' : 'single';
      r.need(agreement(subj) === agrees, () => ({
        en: `${quote(f)} doesn't agree with ${quote(subj.head)}.`,
        zh: `${quote(f)} 和 ${quote(subj.head)} 的人称、数不一致。`,
      }));
      vi = [bi, r.emit('getting')];
      link = getting;
    } else {
      if (negative) aux.push(r.emit(form === 'not-past' ? 'did' : does), r.emit('not'));
      const spelled = (l: LinkingVerb) => (negative ? l.base : form === 'past' ? l.past : subj.thirdSingular ? l.s3 : l.base);
      link = r.pick('linking', L.linkingVerbs, (l) => [spelled(l)]);
      vi = [r.emit(spelled(link))];
      // `get` says a change that happened (`got cold`), `become` is never negated here.
      if (link === getting) r.need(form === 'past', () => ({ en: `Write “got”.`, zh: `要写 “got”。` }));
      if (negative) r.need(link.base !== 'become', () => ({ en: `“become” isn't negated here.`, zh: `这里 “become” 不用否定。` }));
    }
    const change = link === getting;
    const deg = !negative && !change ? r.pick('degree', optionalDegrees, (d) => (d ? [d.en] : undefined)) : null;
    const di = deg ? r.emit(deg.en) : -1;
    const adj = r.pick('predicate-adj', predicateAdjectives, adjectiveLead);
    const ai = r.emit(adj.en);
    const weather = subj.head === 'it' && adj.weather;
    const pointed = adj.situation && pointing(subj);
    r.need(adj.gradable && adj.stem === undefined, () => ({
      en: `${quote(adj.en)} goes after “be”.`,
      zh: `${quote(adj.en)} 要用在 “be” 后面。`,
    }));
    if (!weather && !pointed) r.need(adj.takes.ok(subj.kind, subj.head), () => notDescribed(adj, subj.head));
    if (link.subjects[0] !== 'any')
      r.need(weather || L.takes(link.subjects).ok(subj.kind, subj.head), () => ({
        en: `${quote(subj.head)} can't ${link.base}.`,
        zh: `${quote(subj.head)} 不能 ${quote(link.base)}。`,
      }));
    oneSense(r, subj, adj);
    const tense: Tense = form === 'past' || form === 'not-past' ? 'past' : 'present';
    const t = timeWord(r, tense, negative);
    const shown = weather ? [] : subj.head === 'it' && adj.situation ? out(subj.zh[0]!.from, '这') : subj.zh;
    // v5: what tastes good or bad is 好吃 / 难吃, a drink 好喝 / 难喝, said with `taste` (`The soup tastes bad.` → 汤 很 难喝 。).
    const tasted = L.v5 && link.base === 'taste' ? tastes5[adj.en] : undefined;
    const drunk = L.tagsOf(subj.head).some((t) => t === 'drink' || t === 'food-liquid');
    const said = tasted ? out([...vi, ai], tasted[drunk ? 1 : 0]!) : out([ai], ...adj.pred);
    const linked = tasted ? [] : out(vi, link.zh);
    const very = deg ? out([di], deg.zh) : out([ai], '很');
    const after = deg?.after ? out([di], deg.after) : [];
    // v5: a person or an animal that `got` so is in the state reached (`I got tired.` → 我 累 了 。); a thing
    // or the weather says the change, 变 (`The soup got cold.` → 汤 变 冷 了 。, `It got cold.` → 变 冷 了 。).
    const reached = L.v5 && change && !weather && subj.kind !== 'thing';
    const body =
      form === 'getting'
        ? flat([out(vi, '越来越'), said, out([vi[1]!], '了')])
        : change
          ? flat([reached ? [] : out(vi, link.zh), said, out(vi, '了')])
          : negative
            ? flat([linked, out(aux, '不'), said])
            : flat([linked, very, said, after]);
    if (L.v5) quantifiedSubject(r, subj, negative, false);
    lastTense = tense;
    return flat([front(subj, shown, t.zh), body]);
  }
  const linkingForms = ['present', 'past', 'not-present', 'not-past', 'getting'] as const;
  /** v5: how food and drink taste, said as one word (好吃, 好喝 …), food's first. */
  const tastes5: Readonly<Record<string, readonly string[]>> = {
    good: ['好吃', '好喝'],
    nice: ['好吃', '好喝'],
    great: ['好吃', '好喝'],
    delicious: ['好吃', '好喝'],
    bad: ['难吃', '难喝'],
    terrible: ['难吃', '难喝'],
    awful: ['难吃', '难喝'],
  };
  const getting = L.linkingVerbs.find((l) => l.base === 'get')!;

  // ---- Questions -----------------------------------------------------------------------------------

  /** `Does/Do/Did/Will` + subject … `?` → statement order + `吗 ？`; never negated. */
  function question(r: Run, aux: 'does' | 'do' | 'did' | 'will'): Target {
    const ai = r.emit(aux);
    const subj = subject(r, actor);
    if (aux === 'does' || aux === 'do')
      r.need((aux === 'does') === subj.thirdSingular, () => ({
        en: `${quote(aux)} doesn't agree with ${quote(subj.head)}.`,
        zh: `${quote(aux)} 和 ${quote(subj.head)} 的人称、数不一致。`,
      }));
    const tense: Tense = aux === 'did' ? 'past' : aux === 'will' ? 'future' : 'present';
    const asked = verbPhrase(r, 'base', subj);
    notSame(r, subj, asked.objectKeys, asked.v.base);
    // v5: a choice of objects asks with 还是 and no 吗 (`Do you want tea or coffee?` → 你 想要 茶 还是 咖啡 ？).
    const or = !!asked.offers && r.pick('or', [false, true], (x) => (x ? ['or'] : undefined));
    const vp = or ? orObject(r, subj, asked) : asked;
    const a = or ? noAdjuncts : adjuncts(r, tense, false, vp.objectHasRelative, { vp });
    if (L.v5) {
      quantifiedSubject(r, subj, false, true);
      quantifiedObject(r, vp.objectQuant, false, true);
    }
    return flat([
      front(subj, said(subj, vp), a.time),
      aux === 'will' ? out([ai], '会') : [],
      vpZh(went(vp), a, aux === 'did'),
      or ? [] : out([ai], '吗'),
    ]);
  }

  /** v5: `… or` + another object like the first, said 还是 (`tea or coffee` → 茶 还是 咖啡). */
  function orObject(r: Run, subj: NounPhrase, vp: VerbPhrase): VerbPhrase {
    const oi = r.emit('or');
    const other = nounPhrase(r, 'object', false, objectOf(vp.offers!));
    notSame(r, subj, other.keys, other.head);
    r.need(!other.quant && !other.hasRelative, () => ({ en: `Offer a choice of two things.`, zh: `要在两样东西之间选择。` }));
    r.need(text(other.zh) !== text(vp.rest), () => ({ en: `Offer two different things.`, zh: `要给出两个不同的选择。` }));
    return { ...vp, rest: flat([vp.rest, out([oi], '还是'), other.zh]) };
  }
  const noAdjuncts: Adjuncts = { manner: [], place: [], time: [], timeWord: null };

  /** `Is Tom happy?`, `Are you a teacher?`, `Is there a cat …?` → statement order + 吗. */
  function beQuestion(r: Run): Target {
    const f = r.pick('be-form', ['am', 'is', 'are', 'was', 'were'] as const, (f) => [f]);
    const bi = r.emit(f);
    if (r.pick('be-there', [false, true], (x) => (x ? ['there'] : undefined))) {
      const ti = r.emit('there');
      r.need(f !== 'am', () => ({ en: `Write “is there” or “are there”.`, zh: `要写 “is there” 或 “are there”。` }));
      return flat([thereClauseAsked(r, ti, bi, f), out([bi], '吗')]);
    }
    const subj = subject(r, anyHead);
    const form = beForms.find((b) => b.en[0] === f && !b.negative)!;
    r.need(form.agrees!.includes(agreement(subj)), () => ({
      en: `${quote(f)} doesn't agree with ${quote(subj.head)}.`,
      zh: `${quote(f)} 和 ${quote(subj.head)} 的人称、数不一致。`,
    }));
    const c = beComplement(r, subj, { i: [bi], tense: form.tense, negative: false }, true, beAsked);
    const t = timeWord(r, c.tense, false);
    if (L.v5) quantifiedSubject(r, subj, false, true);
    return flat([front(subj, c.dropSubject ? [] : (c.subject ?? subj.zh), t.zh), c.zh, out([bi], '吗')]);
  }

  const beAsked: BeWhat[] = L.v5
    ? ['adjective', 'noun', 'place', 'ing', 'from', 'about', 'comparative', 'superlative', 'as', 'same']
    : ['adjective', 'noun', 'place', 'ing'];

  function thereClauseAsked(r: Run, ti: number, bi: number, f: string): Target {
    const np = nounPhrase(r, 'object', false, anyHead);
    r.need(!!np.indefinite, () => ({
      en: `“there is” introduces something new: “a …”, “some …”, “two …”.`,
      zh: `“there is” 引出新事物：要用 “a …”、“some …”、“two …”。`,
    }));
    r.need((f === 'is' || f === 'was') === np.thirdSingular, () => ({
      en: `${quote(f)} doesn't agree with ${quote(np.head)}.`,
      zh: `${quote(f)} 和 ${quote(np.head)} 的单复数不一致。`,
    }));
    const place = r.pick('there-place', [false, true]) ? placePhrase(r).inside : [];
    if (np.quant) return flat([place, thereIs(r, np.quant, [bi, ti], true)]);
    return flat([place, out([bi, ti], '有'), np.zh]);
  }

  /** `Can you help me?` → 你 能 帮助 我 吗 ？ */
  function modalQuestion(r: Run): Target {
    const m = r.pick('modal', L.modals, (m) => [m.en]);
    const mi = r.emit(m.en);
    const subj = subject(r, actor);
    const vp = verbPhrase(r, 'base', subj);
    notSame(r, subj, vp.objectKeys, vp.v.base);
    const a = adjuncts(r, 'modal', false, vp.objectHasRelative, { vp });
    if (L.v5) {
      quantifiedSubject(r, subj, false, true);
      quantifiedObject(r, vp.objectQuant, false, true);
    }
    const seen = canPerceive(m, vp, [mi], false);
    return flat([front(subj, said(subj, vp), a.time), seen ? [] : out([mi], m.zh), vpZh(seen ?? vp, a, false), out([mi], '吗')]);
  }

  /** An auxiliary that opens a wh-question: do/does/did/will or a modal; its Chinese (会, 能, …) if any. */
  function questionAux(r: Run): { i: number; tense: Tense | 'modal'; zh: string | null; did: boolean; agrees?: boolean } {
    const aux = r.pick('wh-aux', ['do', 'does', 'did', 'will', ...L.modals] as const, (a) => [typeof a === 'string' ? a : a.en]);
    if (typeof aux === 'object') return { i: r.emit(aux.en), tense: 'modal', zh: aux.zh, did: false };
    const i = r.emit(aux);
    if (aux === 'will') return { i, tense: 'future', zh: '会', did: false };
    if (aux === 'did') return { i, tense: 'past', zh: null, did: true };
    return { i, tense: 'present', zh: null, did: false, agrees: aux === 'does' };
  }

  /** v5: verbs with a preposition before their object (`look at`), with an -ing form. */
  const framed = L.verbs.filter((v) => v.ing && L.frames.get(v.base)?.some((f) => f.preposition.length));
  const whereVerbs = L.verbs.filter((v) => moving(v) || L.residing.has(v.base));

  /** v5: `Whose bag is this?` → 这 是 谁 的 包 ？, `Whose shoes are those?` → 那些 是 谁 的 鞋 ？ */
  function whose(r: Run, wi: number[]): Target {
    const { noun, plural } = r.pick('whose-noun', ownedForms, (f) => [f.plural ? f.noun.pl : f.noun.sg]);
    const ni = r.emit(plural ? noun.pl : noun.sg);
    const f = r.pick('be-form', ['is', 'are', 'was', 'were'] as const, (f) => [f]);
    const bi = r.emit(f);
    const d = r.pick('whose-this', L.demonstratives, (d) => [d.en]);
    const di = r.emit(d.en);
    const many = plural ?? d.plural;
    r.need((f === 'are' || f === 'were') === many && d.plural === many, () => ({
      en: `${quote(f)} and ${quote(d.en)} agree with ${quote(plural ? noun.pl : noun.sg)}.`,
      zh: `${quote(f)} 和 ${quote(d.en)} 要和 ${quote(plural ? noun.pl : noun.sg)} 的单复数一致。`,
    }));
    return flat([out([di], d.zh), out([bi], '是'), out(wi, '谁', '的'), out([ni], noun.zh)]);
  }
  const ownedForms = nounForms.filter((f) => f.noun.tags.some((t) => ['portable', 'clothes', 'vehicle'].includes(t)));

  /** Wh-questions keep the question word where Chinese puts it: `Where is Tom?` → 汤姆 在 哪里 ？ */
  function whQuestion(r: Run): Target {
    const wh = r.pick('wh', L.v5 ? whs5 : whs, (w) => whLead[w]);
    const wi = whLead[wh].map((t) => r.emit(t));
    if (wh === 'whose') return whose(r, wi);
    const be = () => {
      const f = r.pick('be-form', ['am', 'is', "'s", 'are', 'was', 'were'] as const, (f) => [f]);
      return { f, i: r.emit(f) };
    };
    const agree = (f: string, subj: NounPhrase) => {
      const form = beForms.find((b) => b.en[0] === f && !b.negative)!;
      r.need(form.agrees!.includes(agreement(subj)), () => ({
        en: `${quote(f)} doesn't agree with ${quote(subj.head)}.`,
        zh: `${quote(f)} 和 ${quote(subj.head)} 的人称、数不一致。`,
      }));
    };
    if (wh === 'what-be' || wh === 'who-be' || wh === 'where-be' || wh === 'how-be' || wh === 'how-old') {
      const b = be();
      const subj = nounPhrase(r, 'subject', false, anyHead);
      agree(b.f, subj);
      noQuantifier(r, subj);
      if (wh === 'how-be') r.need(subj.head !== 'you', () => ({ en: `“How are you?” is a greeting.`, zh: `“How are you?” 是问候语。` }));
      // v5: `who` asks for a person, `what` for a thing (`What is this?`, `Who is that?` point at either).
      if (L.v5 && wh === 'who-be') r.need(subj.kind === 'person' || pointing(subj), () => ({ en: `Ask “what”.`, zh: `要问 “what”。` }));
      if (L.v5 && wh === 'what-be') r.need(subj.kind !== 'person' || pointing(subj), () => ({ en: `Ask “who”.`, zh: `要问 “who”。` }));
      if (wh === 'how-old')
        r.need(subj.kind !== 'thing' || subj.head === 'it', () => ({
          en: `Ask the age of people and animals.`,
          zh: `只问人和动物的年龄。`,
        }));
      const zh: Record<typeof wh, Target> = {
        'what-be': flat([out([b.i], '是'), out(wi, '什么')]),
        'who-be': flat([out([b.i], '是'), out(wi, '谁')]),
        'where-be': flat([out([b.i], '在'), out(wi, '哪里')]),
        'how-be': out([...wi, b.i], '怎么样'),
        // v5: a teacher asks an adult's age with 多大, a child's or an animal's with 几 岁.
        'how-old':
          L.v5 && subj.kind === 'person' && !children5.has(subj.head) ? out(wi, '多大') : flat([out(wi, '几'), out([wi[1]!], '岁')]),
      };
      return flat([subj.zh, zh[wh]]);
    }
    if (wh === 'what-doing' || wh === 'where-going') {
      // `What are you doing?` → 你 在 做 什么 ？ · `Where are you going?` → 你 去 哪里 ？
      const b = be();
      const subj = subject(r);
      agree(b.f, subj);
      noQuantifier(r, subj);
      const di = r.emit(wh === 'what-doing' ? 'doing' : 'going');
      return wh === 'what-doing'
        ? flat([subj.zh, out([b.i], '在'), out([di], '做'), out(wi, '什么')])
        : flat([subj.zh, out([b.i, di], '去'), out(wi, '哪里')]);
    }
    if (wh === 'where-from' || wh === 'what-about') {
      // `Where are you from?` → 你 来自 哪里 ？ · `What is the book about?` → 书 是 关于 什么 的 ？
      const b = be();
      const subj = subject(r, anyHead);
      agree(b.f, subj);
      noQuantifier(r, subj);
      const pi = r.emit(wh === 'where-from' ? 'from' : 'about');
      if (wh === 'where-from') {
        r.need(subj.kind === 'person' && ['am', 'is', "'s", 'are'].includes(b.f), () => ({
          en: `Ask where people are from.`,
          zh: `问人从哪里来。`,
        }));
        return flat([subj.zh, out([pi], '来自'), out(wi, '哪里')]);
      }
      r.need(telling(subj), () => ({ en: `Ask what a book, a film, a story … is about.`, zh: `问书、电影、故事……讲的是什么。` }));
      return flat([subj.zh, out([b.i], '是'), out([pi], '关于'), out(wi, '什么'), out([pi], '的')]);
    }
    if (wh === 'what-frame' || wh === 'who-frame') {
      // `What are you looking at?` → 你 在 看 什么 ？ · `Who are you talking to?` → 你 在 跟 谁 说话 ？
      const b = be();
      const subj = subject(r);
      agree(b.f, subj);
      noQuantifier(r, subj);
      const v = r.pick('verb', framed, (v) => (v.ing ? [v.ing] : undefined));
      const vi = r.emit(v.ing ?? v.base);
      const f = r.pick('frame', L.frames.get(v.base)!, (f) => (f.preposition.length ? f.preposition : undefined));
      r.need(f.preposition.length > 0, () => ({
        en: `${quote(v.base)} takes its object right after it.`,
        zh: `${quote(v.base)} 的宾语紧跟在后面。`,
      }));
      const pi = f.preposition.map((t) => r.emit(t));
      const asked =
        wh === 'what-frame'
          ? { kind: 'thing' as const, head: 'something', zh: '什么' }
          : { kind: 'person' as const, head: 'someone', zh: '谁' };
      r.need(f.objects.ok(asked.kind, asked.head), () => ({
        en: `${quote(v.base)} doesn't take that.`,
        zh: `${quote(v.base)} 不带这个。`,
      }));
      const same = (g: Frame) => g.preposition.join(' ') === f.preposition.join(' ');
      r.need(L.frames.get(v.base)!.find((g) => same(g) && g.objects.ok(asked.kind, asked.head)) === f, () => ({
        en: `Here ${quote(v.base)} means something else.`,
        zh: `这里 ${quote(v.base)} 是另一个意思。`,
      }));
      const zh = f.zh.flatMap((t) => (t === 'X' ? out(wi, asked.zh) : out([vi, ...pi], t)));
      return flat([subj.zh, out([b.i], '在'), zh]);
    }
    if (wh === 'what-ing') {
      // `What are you eating?` → 你 在 吃 什么 ？
      const b = be();
      const subj = subject(r);
      agree(b.f, subj);
      noQuantifier(r, subj);
      const v = r.pick('verb', transitive, (v) => (v.ing ? [v.ing] : undefined));
      const vi = r.emit(v.ing ?? v.base);
      r.need(!!v.ing && askable().thing.has(v), () => ({
        en: `${quote(v.base)} doesn't take a thing.`,
        zh: `${quote(v.base)} 的宾语不能是东西。`,
      }));
      return flat([subj.zh, out([b.i], '在'), out([vi], v.zh), out(wi, '什么')]);
    }
    if (wh === 'why-be') {
      const b = be();
      const subj = subject(r, anyHead);
      agree(b.f, subj);
      noQuantifier(r, subj);
      const form = beForms.find((x) => x.en[0] === b.f && !x.negative)!;
      const c = beComplement(r, subj, { i: [b.i], tense: form.tense, negative: false }, true, ['adjective', 'place']);
      return flat([c.dropSubject ? [] : (c.subject ?? subj.zh), out(wi, '为什么'), c.zh]);
    }
    if (wh === 'who-subject') {
      // `Who ate the cake?` → 谁 吃 了 蛋糕 ？
      const tense = r.pick('who-tense', ['present', 'past', 'future'] as const, (t) => (t === 'future' ? ['will'] : undefined));
      const wl = tense === 'future' ? [r.emit('will')] : [];
      const vp = verbPhrase(r, spelling(tense, true, true), null);
      const a = adjuncts(r, tense, false, vp.objectHasRelative, { vp });
      needReadCue(r, vp.v, tense, true, true, a.timeWord);
      if (L.v5) quantifiedObject(r, vp.objectQuant, false, false);
      return flat([out(wi, '谁'), a.time, wl.length ? out(wl, '会') : [], vpZh(vp, a, tense === 'past')]);
    }
    const aux = questionAux(r);
    const subj = subject(r);
    noQuantifier(r, subj);
    if (aux.agrees !== undefined)
      r.need(aux.agrees === subj.thirdSingular, () => ({
        en: `The auxiliary doesn't agree with ${quote(subj.head)}.`,
        zh: `助动词和 ${quote(subj.head)} 的人称、数不一致。`,
      }));
    const auxZh = aux.zh ? out([aux.i], aux.zh) : [];
    if (wh === 'what-do' || wh === 'who-do') {
      // The object is the question word: `What do you want?` → 你 想要 什么 ？, `What did you do?` → 你 做 了 什么 ？
      const v = r.pick('verb', askedVerbs, (v) => [v.base]);
      const vi = r.emit(v.base);
      // `What will we do?` is the expression (我们 该 怎么 办 ？, typed5.ts).
      r.need(!(v === doing5 && aux.tense === 'future' && subj.head === 'we'), () => ({
        en: `“What will we do?” is said as a whole.`,
        zh: `“What will we do?” 是固定说法。`,
      }));
      r.need(askable()[wh === 'what-do' ? 'thing' : 'person'].has(v), () => ({
        en: `${quote(v.base)} doesn't take ${wh === 'what-do' ? 'a thing' : 'a person'}.`,
        zh: `${quote(v.base)} 的宾语不能是${wh === 'what-do' ? '东西' : '人'}。`,
      }));
      const a = adjuncts(r, aux.tense, false, false);
      return flat([
        subj.zh,
        a.time,
        auxZh,
        a.place,
        a.manner,
        out([vi], v.zh),
        aux.did && v.base !== 'have' ? out([vi], '了') : [],
        out(wi, wh === 'what-do' ? '什么' : '谁'),
      ]);
    }
    if (wh === 'where-go') {
      // `Where did you go?` → 你 去 了 哪里 ？ · `Where do you live?` → 你 住 在 哪里 ？
      const v = r.pick('verb', whereVerbs, (v) => [v.base]);
      const vi = r.emit(v.base);
      const t = timeWord(r, aux.tense, false);
      const verb = v.base === 'go' ? '去' : v.base === 'come' ? '来' : v.alone![0]!;
      const where = L.residing.has(v.base) ? flat([out(wi, '在'), out(wi, '哪里')]) : out(wi, '哪里');
      return flat([subj.zh, t.zh, auxZh, out([vi], verb), aux.did && !L.residing.has(v.base) ? out([vi], '了') : [], where]);
    }
    // why / when + a verb phrase: `Why did you go?` → 你 为什么 走 了 ？
    const vp = verbPhrase(r, 'base', subj);
    notSame(r, subj, vp.objectKeys, vp.v.base);
    const a = adjuncts(r, aux.tense, false, vp.objectHasRelative, { place: wh === 'why', vp });
    r.need(!(wh === 'when' && a.timeWord), () => ({ en: `“when” asks for the time itself.`, zh: `“when” 已经在问时间了。` }));
    if (L.v5) quantifiedObject(r, vp.objectQuant, false, false);
    return flat([said(subj, vp), a.time, out(wi, wh === 'why' ? '为什么' : '什么时候'), auxZh, vpZh(vp, a, aux.did)]);
  }

  // ---- Imperatives ----------------------------------------------------------------------------------

  /** `Sit down.` · `Please help me.` · `Don't go!` · `Be careful.` → 坐下 · 请 帮助 我 · 别 走 · 小心. */
  function imperative(r: Run, conditioned = false): Target {
    const please = r.pick('please', [false, true], (x) => (x ? ['please'] : undefined));
    const pi = please ? [r.emit('please')] : [];
    const dont = r.pick('dont', [false, true], (x) => (x ? ['do', 'not'] : undefined));
    const di = dont ? [r.emit('do'), r.emit('not')] : [];
    const pre = flat([please ? out(pi, '请') : [], dont ? out(di, '别') : []]);
    const kind = r.pick('imperative', L.v5 ? imperatives5 : imperatives, (k) => (k === 'be' || k === 'let' ? [k] : undefined));
    if (kind === 'let') return flat([pre, letSomeone(r, dont)]);
    if (kind === 'be') {
      const bi = r.emit('be');
      const adj = r.pick('imperative-adj', L.adjectives, (a) => [a.en]);
      const ai = r.emit(adj.en);
      if (L.v5) {
        const said = beOrders5[adj.en]?.[dont ? 'dont' : 'be'];
        r.need(!!said, () => ({
          en: `${quote(`${dont ? "don't " : ''}be ${adj.en}`)} isn't something to ask of someone.`,
          zh: `${quote(`${dont ? "don't " : ''}be ${adj.en}`)} 不能用作祈使句。`,
        }));
        return flat([pre, out([bi, ai], ...said!.split(' '))]);
      }
      r.need(L.biddable.has(adj.en), () => ({
        en: `“be ${adj.en}” isn't something to ask of someone.`,
        zh: `“be ${adj.en}” 不能用作祈使句。`,
      }));
      return flat([pre, out([bi, ai], ...adj.pred)]);
    }
    const vp = verbPhrase(r, 'base', null);
    // How well the verb itself is done (`Swim well.` → 好好 游 。), not a verb after `to` (`Plan to write fast.`).
    const own = vp.lead.length ? undefined : vp.how;
    r.need(!vp.objectKeys.includes('you'), () => ({
      en: `An order can't be about “you” as the object.`,
      zh: `祈使句的宾语不能是 “you”。`,
    }));
    // v5: `Try again.` → 再 试试 。 (`Say it again.` is 再 说 一遍, which says no `it`: not in the language).
    const again =
      L.v5 &&
      !dont &&
      !vp.how &&
      !vp.clausal && // `Hope Jack will come again.`: the clause's own `again`
      !vp.objectKeys.some((k) => pointers.has(k)) &&
      r.pick('again', [false, true], (x) => (x ? ['again'] : undefined));
    const gi = again ? [r.emit('again')] : [];
    let a = adjuncts(r, 'modal', dont, vp.objectHasRelative, { manner: !L.v5 || !vp.how, vp });
    if (L.v5) {
      quantifiedObject(r, vp.objectQuant, dont, false);
      notHowWell(r, dont, vp);
      r.need(!vp.how || !!L.howWell[vp.how.word]!.order, () => ({
        en: `Nobody is told to do it ${vp.how!.word}.`,
        zh: `不能叫人 ${quote(vp.how!.word)} 地做。`,
      }));
      // A teacher's order: `Walk slowly.` → 慢慢 走 。, `Work hard.` → 努力 工作 。
      const said = own ? L.howWell[own.word]!.order : a.mannerWord && L.commandManners[a.mannerWord];
      if (said) a = { ...a, manner: out(own ? own.at : a.manner[0]!.from, said) };
    }
    // …and the verb's own word where a manner goes before it (`Walk slowly.` → 慢慢 走, `Eat slowly.` → 慢慢 吃).
    const alone = vp.rest.every((l) => l.from.length === 1 && l.from[0] === vp.vi) && !vp.objectKeys.length && !vp.company;
    const short = L.v5 && !!a.mannerWord && alone && ['walk', 'eat', 'speak'].includes(vp.v.base);
    // `try` has no word of its own there but its gloss, doubled below (`Try hard.` → 努力 试试 。).
    const said = own
      ? { ...vp, verb: L.verbWords[vp.v.base] ? own.plain : out([vp.vi], vp.v.alone![0]!), rest: [] }
      : short
        ? { ...vp, verb: out([vp.vi], L.verbWords[vp.v.base]!), rest: [] }
        : vp;
    // v5: `please` at the end is 请 at the start (`Sit down, please.` → 请 坐下 。).
    const late =
      L.v5 && !please && !embedded && !conditioned && r.pick('please-after', [false, true], (x) => (x ? [',', 'please'] : undefined));
    const li = late ? [r.emit(','), r.emit('please')] : [];
    const body = flat([
      late ? out(li, '请') : [],
      pre,
      a.time,
      again ? out(gi, '再') : [],
      vpZh(L.v5 ? (dont ? said : triedOut(said)) : vp, a, false),
    ]);
    // v5: `Call me when you get home.` → 你 到 家 的 时候 ， 给 我 打电话 。
    const word =
      L.v5 && !embedded && !conditioned && !late ? r.pick('order-if', [null, 'if', 'when'] as const, (w) => (w ? [w] : undefined)) : null;
    if (!word) return body;
    const wi = r.emit(word);
    return flat([condition(r, word, wi, 'order'), out([wi], '，'), body]);
  }

  /**
   * v5: `try` and `check` alone are doubled where one is asked to (`Try.` → 试试 。, `Let me try.` → 让 我
   * 试试 。, `Check again.` → 再 看看 。); what was or is being done is plain (`I tried.` → 我 试 了 。,
   * `Tom is checking.` → 汤姆 在 检查 。), and so is an order not to (`Don't try.` → 别 试 。).
   */
  const tryOut5: Readonly<Record<string, string>> = { try: '试试', check: '看看' };
  const triedOut = (vp: VerbPhrase): VerbPhrase => {
    const doubled = L.v5 ? tryOut5[vp.v.base] : undefined;
    const alone = vp.verb.length === 1 && vp.verb[0]!.t === vp.v.alone?.[0] && !vp.rest.length && !vp.lead.length;
    return doubled && alone ? { ...vp, verb: out([vp.vi], doubled) } : vp;
  };

  /** Objects that point at something said before (`Say it again.` is 再 说 一遍, without them). */
  const pointers = new Set(['it', 'this', 'that', 'these', 'those']);
  const imperatives = ['verb', 'be'] as const;
  const imperatives5 = ['verb', 'be', 'let'] as const;

  /** v5: `Let me help you.` → 让 我 帮助 你 。, `Let Tom go.` → 让 汤姆 走 。 (`let us` is `let's`). */
  function letSomeone(r: Run, dont: boolean): Target {
    const li = r.emit('let');
    const obj = nounPhrase(r, 'object', false, (r2, o) =>
      r2.need(o.kind !== 'thing', () => ({ en: `Let someone do it: a person or an animal.`, zh: `“let” 后面要是人或动物。` })),
    );
    r.need(obj.head !== 'we' && !obj.quant, () => ({ en: `Write “let's”.`, zh: `要写 “let's”。` }));
    const vp = verbPhrase(r, 'base', obj, true);
    notSame(r, obj, vp.objectKeys, vp.v.base);
    r.need(!vp.clausal, () => ({ en: `Say it in two sentences.`, zh: `分成两句来说。` }));
    // `Let me see.`, `Let me think.` are expressions (让 我 看看 。).
    if (obj.head === 'i')
      r.need(!['see', 'think'].includes(vp.v.base) || vp.rest.length > 0, () => ({
        en: `“Let me see.” is said as a whole.`,
        zh: `“Let me see.” 是固定说法。`,
      }));
    const a = adjuncts(r, 'modal', dont, vp.objectHasRelative, { vp });
    quantifiedObject(r, vp.objectQuant, dont, false);
    return flat([a.time, out([li], '让'), obj.zh, vpZh(dont ? vp : triedOut(vp), a, false)]);
  }

  /** `Let's go.` (let us) → 我们 走 吧 。 */
  function letUs(r: Run): Target {
    const li = r.emit('let');
    const ui = r.emit('us');
    const vp = verbPhrase(r, 'base', null);
    r.need(!vp.objectKeys.some((k) => k === 'we'), () => ({ en: `“let us” can't take “us” again.`, zh: `“let us” 的宾语不能再是 “us”。` }));
    const a = adjuncts(r, 'modal', false, vp.objectHasRelative, { vp });
    if (L.v5) quantifiedObject(r, vp.objectQuant, false, false);
    return flat([out([ui], '我们'), a.time, vpZh(triedOut(vp), a, false), out([li], '吧')]);
  }

  // ---- Sentences ---------------------------------------------------------------------------------

  /** v5: `Thanks for your help.` → 谢谢 你的 帮助 。: what one thanks for is someone's (`your help`, `Tom's gift`). */
  function thanksFor(r: Run, ei: number[]): Target | null {
    if (!r.pick('thanks-for', [false, true], (x) => (x ? ['for'] : undefined))) return null;
    const fi = r.emit('for');
    const np = nounPhrase(r, 'object', true, (r2, o) =>
      r2.need(o.kind === 'thing', () => ({ en: `One thanks for something.`, zh: `谢的是一件事或东西。` })),
    );
    r.need(!!np.possessed, () => ({ en: `Say whose it is: “your help”.`, zh: `要说是谁的：“your help”。` }));
    return flat([out([...ei, fi], '谢谢'), np.zh]);
  }

  /** Up to three main clauses joined by and / but / because (at most one). */
  function statement(r: Run): Target {
    const clauses = [clause(r)];
    const conjs: Conj[] = [];
    while (clauses.length < 3) {
      const main = lastTense;
      const word = r.pick('conj', L.v5 ? conjunctions5 : conjunctions, (c) => (c ? [c] : undefined));
      if (!word) break;
      if (word === 'if' || word === 'when') {
        // v5: `S1 if S2.` → 如果 S2 ， S1 。 (only after one clause, and it ends the sentence).
        r.need(conjs.length === 0, () => ({ en: `Put “${word}” after the first clause.`, zh: `“${word}” 要放在第一个分句后面。` }));
        const wi = r.emit(word);
        const c = condition(r, word, wi, main);
        return flat([c, out([wi], '，'), clauses[0]!]);
      }
      r.need(word !== 'because' || !conjs.some((c) => c.word === 'because'), () => ({
        en: `A sentence has at most one “because”.`,
        zh: `一个句子最多只有一个 “because”。`,
      }));
      const i = r.emit(word);
      const then = L.v5 && (word === 'and' || word === ',') && r.pick('then', [false, true], (x) => (x ? ['then'] : undefined));
      conjs.push({ word, i, ...(then ? { then: r.emit('then') } : {}) });
      clauses.push(clause(r));
    }
    return joinClauses(clauses, conjs);
  }

  const conjunctions = [null, 'and', 'but', 'because', ','] as const;
  const conjunctions5 = [...conjunctions, 'if', 'when'] as const;

  /**
   * v5: `if` or `when` + a clause, whose tense fits the main clause's (`main`; an order is `'order'`):
   * `if` takes the present (`If it rains, we'll stay home.` → 如果 下雨 ， 我们 会 待 在 家 。), `when` the
   * present or, with a past main clause, the past (`When I was a kid, I lived here.`). Chinese: 如果 S ，
   * … · S 的 时候 ， …
   */
  function condition(r: Run, word: 'if' | 'when', wi: number, main: Tense | 'modal' | 'order'): Target {
    r.need(!embedded, () => ({ en: `“${word}” goes in the main sentence only.`, zh: `“${word}” 只能用在主句里。` }));
    const c = inside(r, true);
    tensesFit(r, word, lastTense, main);
    return word === 'if' ? flat([out([wi], '如果'), c]) : flat([c, out([wi], '的', '时候')]);
  }
  function tensesFit(r: Run, word: 'if' | 'when', tense: Tense | 'modal', main: Tense | 'modal' | 'order') {
    const fits =
      word === 'if'
        ? (tense === 'present' || tense === 'modal') && main !== 'past'
        : tense === 'past'
          ? main === 'past'
          : tense === 'present' && main !== 'past';
    r.need(fits, () => ({ en: `The tenses of the two clauses don't go together.`, zh: `两个分句的时态不搭配。` }));
  }

  /** v5: `If you are hungry, eat an apple.` · `When you get home, call me.` → 如果 你 饿 ， 吃 … */
  function conditional(r: Run): Target {
    const word = r.pick('condition', ['if', 'when'] as const, (w) => [w]);
    const wi = r.emit(word);
    // The condition comes first in both languages; its tense is checked once the main clause is built.
    const c = inside(r, true);
    const tense = lastTense;
    const ci = r.emit(',');
    const order = r.pick('conditional-main', [false, true]);
    const main = order ? imperative(r, true) : clause(r);
    tensesFit(r, word, tense, order ? 'order' : lastTense);
    return flat([word === 'if' ? flat([out([wi], '如果'), c]) : flat([c, out([wi], '的', '时候')]), out([ci], '，'), main]);
  }

  /** v5: who is called (`Tom`, `honey` → 亲爱的). */
  const addressees: Name[] = [...L.names, ...L.terms];
  const optionalAddressees = [null, ...addressees];

  /** v5: a tag question: `You are a teacher, aren't you?` → 你 是 老师 ， 对 吧 ？ */
  function tagQuestion(r: Run): Target {
    const p = r.pick('tag-subject', tagSubjects, (p) => [p.subj]);
    const si = r.emit(p.subj);
    const subj: NounPhrase = {
      zh: out([si], p.zh),
      head: p.subj,
      kind: p === L.it ? 'thing' : 'person',
      thirdSingular: p.thirdSingular,
      keys: [p.subj],
      hasRelative: false,
    };
    const f = r.pick('be-form', ['is', 'are', 'was', 'were'] as const, (f) => [f]);
    const bi = r.emit(f);
    const form = beForms.find((b) => b.en[0] === f && !b.negative)!;
    r.need(form.agrees!.includes(agreement(subj)), () => ({
      en: `${quote(f)} doesn't agree with ${quote(subj.head)}.`,
      zh: `${quote(f)} 和 ${quote(subj.head)} 的人称、数不一致。`,
    }));
    const c = beComplement(r, subj, { i: [bi], tense: form.tense, negative: false }, false, ['adjective', 'noun', 'place']);
    const tag = [r.emit(','), r.emit(f), r.emit('not'), r.emit(p.subj)];
    return flat([c.dropSubject ? [] : (c.subject ?? subj.zh), c.zh, out([tag[0]!], '，'), out(tag.slice(1), '对', '吧')]);
  }
  const tagSubjects = [...L.pronouns.filter((p) => p.subj !== 'i'), L.it];

  const closingExpressions = L.expressions.filter((e) => !e.opener);

  /** A sentence without its opener: a statement, a question or an imperative, with its final mark. */
  function sentence(r: Run, opened: boolean): Target {
    const all = L.v5 ? kinds5 : kinds;
    // v5: an expression may follow an opener (`Ah, I see.`, `Oh, how are you doing?`), but not another opener.
    const kind = r.pick(
      'sentence',
      opened ? all.filter((k) => (L.v5 || k !== 'expression') && k !== 'opener' && k !== 'called') : all,
      (k) =>
        k === 'does' || k === 'do' || k === 'did' || k === 'will' || k === 'have' || k === 'has'
          ? [k]
          : k === 'let'
            ? ['let', 'us']
            : undefined,
    );
    switch (kind) {
      case 'conditional':
        return [...conditional(r), ...finalMark(r, statementMarks, '.')];
      case 'have':
      case 'has': {
        // `Have you eaten?` → 你 吃 了 东西 吗 ？
        const hi = r.emit(kind);
        const subj = subject(r, actor);
        r.need((kind === 'has') === subj.thirdSingular, () => ({
          en: `${quote(kind)} doesn't agree with ${quote(subj.head)}.`,
          zh: `${quote(kind)} 和 ${quote(subj.head)} 的人称、数不一致。`,
        }));
        return [...perfect(r, subj, hi), ...finalMark(r, questionMarks, '?')];
      }
      case 'statement':
        return [...statement(r), ...finalMark(r, statementMarks, '.')];
      case 'does':
      case 'do':
      case 'did':
      case 'will':
        return [...question(r, kind), ...finalMark(r, questionMarks, '?')];
      case 'be-question':
        return [...beQuestion(r), ...finalMark(r, questionMarks, '?')];
      case 'modal-question':
        return [...modalQuestion(r), ...finalMark(r, questionMarks, '?')];
      case 'wh':
        return [...whQuestion(r), ...finalMark(r, questionMarks, '?')];
      case 'imperative': {
        const body = imperative(r);
        // v5: `Wake up, Tom.` → 汤姆 ， 醒来 。 (Chinese calls first).
        const called = L.v5 ? r.pick('called-after', optionalAddressees, (a) => (a ? [',', a.en] : undefined)) : null;
        if (!called) return [...body, ...finalMark(r, statementMarks, '.')];
        const ci = r.emit(',');
        return [...out([r.emit(called.en)], called.zh), ...out([ci], '，'), ...body, ...finalMark(r, statementMarks, '.')];
      }
      case 'called': {
        // v5: `Tom, sit down.` → 汤姆 ， 坐下 。 · `Honey, come here.` → 亲爱的 ， 来 这里 。
        const a = r.pick('addressee', addressees, (a) => [a.en, ',']);
        const ai = r.emit(a.en);
        const ci = r.emit(',');
        return [...out([ai], a.zh), ...out([ci], '，'), ...sentence(r, true)];
      }
      case 'tag':
        return [...tagQuestion(r), ...finalMark(r, questionMarks, '?')];
      case 'let':
        return [...letUs(r), ...finalMark(r, statementMarks, '.')];
      case 'expression': {
        const e = r.pick('expression', opened ? closingExpressions : L.expressions, (e) => e.en);
        const ei = e.en.map((t) => r.emit(t));
        const thanked = L.v5 && e.zh[0] === '谢谢' ? thanksFor(r, ei) : null;
        const name = r.pick('vocative', optionalNames, (n) => (n ? [',', n.en] : undefined));
        const named = name ? flat([out([r.emit(',')], '，'), out([r.emit(name.en)], name.zh)]) : [];
        return [...(thanked ?? out(ei, ...e.zh)), ...named, ...finalMark(r, e.mark === '?' ? questionMarks : statementMarks, e.mark)];
      }
      case 'opener': {
        const e = r.pick(
          'opener',
          L.expressions.filter((e) => e.opener),
          (e) => e.en,
        );
        const ei = e.en.map((t) => r.emit(t));
        const ci = r.emit(',');
        return [...out(ei, ...e.zh), ...out([ci], '，'), ...sentence(r, true)];
      }
    }
  }

  return (r) => sentence(r, false);
}
