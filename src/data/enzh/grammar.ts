/**
 * The en-zh language of shared/specs/en-zh.md as one synchronous grammar: each rule emits the English
 * tokens in English order and builds the Chinese side, with every Chinese token linked to the English
 * tokens it came from. Sampled, it generates the corpus; searched, it parses (see ../program.ts).
 */
import { out, type Grammar, type Run, type Target } from '../program';
import * as L from './lexicon';
import { quote } from '../reason';

interface NounPhrase {
  zh: Target;
  /** English head word, for messages and for verbs that take only certain nouns. */
  head: string;
  kind: L.Kind;
  thirdSingular: boolean;
  /** Names and pronouns, which may not repeat between subject and object. */
  keys: string[];
  hasRelative: boolean;
}

type Slot = 'subject' | 'object';
/** A constraint on a noun phrase's head, checked as soon as the head is chosen. */
type HeadCheck = (r: Run, head: { kind: L.Kind; head: string }) => void;
const tenseZh: Record<L.Tense, string> = { present: '现在时', past: '过去时', future: '将来时' };
const flat = (parts: Target[]): Target => parts.flat();
const text = (t: Target) => t.map((l) => l.t).join(' ');

// ---- Noun phrases ----------------------------------------------------------------------------------

type Start = { name: L.Name } | { pronoun: L.Pronoun } | 'common';
const starts: Start[] = [...L.names.map((name) => ({ name })), ...L.pronouns.map((pronoun) => ({ pronoun })), 'common'];

type Det = 'the' | 'a' | 'an' | L.Phrase | 'possessor' | 'bare';
const dets: Det[] = ['the', 'a', 'an', ...L.numbers, 'possessor', 'bare'];

interface NounForm {
  noun: L.Noun;
  /** undefined when singular and plural are spelled alike (fish, cheese): the determiner decides. */
  plural?: boolean;
}
const nounForms: NounForm[] = L.nouns.flatMap((noun) =>
  noun.sg === noun.pl
    ? [{ noun }]
    : [
        { noun, plural: false },
        { noun, plural: true },
      ],
);

/** A noun phrase. `plain` ones (inside relative clauses, second conjuncts) take no relative clause. */
function nounPhrase(r: Run, slot: Slot, plain: boolean, check: HeadCheck): NounPhrase {
  const start = r.pick('np', starts, (s) =>
    s === 'common' ? undefined : 'name' in s ? [s.name.en] : [slot === 'subject' ? s.pronoun.subj : s.pronoun.obj],
  );
  if (start === 'common') return commonNounPhrase(r, plain, check);
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
  const i = r.emit(slot === 'subject' ? p.subj : p.obj);
  check(r, { kind: 'person', head: p.subj });
  return { zh: out([i], p.zh), head: p.subj, kind: 'person', thirdSingular: p.thirdSingular, keys: [p.subj], hasRelative: false };
}

function commonNounPhrase(r: Run, plain: boolean, check: HeadCheck): NounPhrase {
  const det = r.pick('det', dets, (d) => (typeof d === 'object' ? d.en : d === 'possessor' || d === 'bare' ? undefined : [d]));
  let prefix: Target = [];
  let detIndex = -1;
  if (det === 'the') r.emit('the');
  else if (det === 'a' || det === 'an' || typeof det === 'object') detIndex = r.emit(typeof det === 'object' ? det.en[0]! : det);
  else if (det === 'possessor') prefix = possessor(r);

  const adj = r.pick('adj', [null, ...L.adjectives], (a) => (a ? [a.en] : undefined));
  const adjIndex = adj ? r.emit(adj.en) : -1;
  const { noun, plural: spelled } = r.pick('noun', nounForms, (f) => [f.plural ? f.noun.pl : f.noun.sg]);
  const plural = spelled ?? (typeof det === 'object' || det === 'bare');
  const word = plural ? noun.pl : noun.sg;
  const nounIndex = r.emit(word);
  check(r, { kind: noun.kind, head: noun.sg });

  if (det === 'a' || det === 'an')
    r.need(!plural, () => ({
      en: `${quote(det)} needs a singular noun, not ${quote(word)}.`,
      zh: `${quote(det)} 后面要用单数名词，不是 ${quote(word)}。`,
    }));
  if (typeof det === 'object')
    r.need(plural, () => ({
      en: `${quote(det.en[0]!)} needs a plural noun, not ${quote(word)}.`,
      zh: `${quote(det.en[0]!)} 后面要用复数名词，不是 ${quote(word)}。`,
    }));
  if (det === 'bare')
    r.need(plural || L.isMass(noun), () => ({
      en: `${quote(word)} needs a determiner such as “the” or “a”.`,
      zh: `${quote(word)} 前面要有限定词，比如 “the” 或 “a”。`,
    }));
  if (L.isMass(noun))
    r.need(det === 'the' || det === 'possessor' || det === 'bare', () => ({
      en: `“cheese” takes only “the”, a possessor or no determiner.`,
      zh: `“cheese” 前面只能用 “the”、所有格，或者不用限定词。`,
    }));
  const vowelStart = noun.sg === 'apple' && !adj;
  if (det === 'an') r.need(vowelStart, () => ({ en: `“an” goes only before “apple”.`, zh: `“an” 只用在 “apple” 前面。` }));
  if (det === 'a') r.need(!vowelStart, () => ({ en: `Write “an apple”, not “a apple”.`, zh: `要写 “an apple”，不是 “a apple”。` }));
  if (adj)
    r.need(adj.takes.ok(noun.kind, noun.sg), () => ({
      en: `${quote(adj.en)} describes ${adj.takes.label.en}, not ${quote(word)}.`,
      zh: `${quote(adj.en)} 只形容${adj.takes.label.zh}，不能形容 ${quote(word)}。`,
    }));

  if (detIndex >= 0) {
    const numeral = typeof det === 'object' ? det.zh[0]! : '一';
    prefix = [...out([detIndex], numeral), ...out([detIndex, nounIndex], noun.classifier)];
  }
  const head: NounPhrase = { zh: [], head: noun.sg, kind: noun.kind, thirdSingular: !plural, keys: [], hasRelative: false };
  // A relative clause only after `the` or a bare plural, and never inside another one.
  if (!plain && (det === 'the' || det === 'bare') && r.pick('rel', [false, true], (x) => (x ? ['that'] : undefined))) {
    prefix = relativeClause(r, head);
    head.hasRelative = true;
  }
  head.zh = flat([prefix, adj ? out([adjIndex], adj.zh) : [], out([nounIndex], noun.zh)]);
  return head;
}

type Possessor = L.Name | L.Pronoun | 'the';
const possessors: Possessor[] = [...L.names, ...L.pronouns, 'the'];
const animateNouns = L.nouns.filter((n) => n.kind !== 'thing');

/** `Tom 's` → 汤姆 的 · `my` → 我的 · `the dog 's` → 狗 的. */
function possessor(r: Run): Target {
  const p = r.pick('possessor', possessors, (p) => (p === 'the' ? ['the'] : 'poss' in p ? [p.poss] : [p.en, "'s"]));
  if (typeof p === 'object' && 'poss' in p) return out([r.emit(p.poss)], p.zhPoss);
  let owner: Target;
  if (p === 'the') {
    r.emit('the');
    const n = r.pick('possessor-noun', animateNouns, (n) => [n.sg]);
    owner = out([r.emit(n.sg)], n.zh);
  } else owner = out([r.emit(p.en)], p.zh);
  return [...owner, ...out([r.emit("'s")], '的')];
}

// ---- Clauses ---------------------------------------------------------------------------------------

const verbForm = (v: L.Verb, tense: L.Tense, affirmative: boolean, thirdSingular: boolean) =>
  !affirmative || tense === 'future' ? v.base : tense === 'past' ? v.past : thirdSingular ? v.s3 : v.base;

/** `read` is spelled alike in present and past: past only with a cue, else the sentence means the present. */
function needReadCue(r: Run, v: L.Verb, tense: L.Tense, affirmative: boolean, thirdSingular: boolean, time: L.Time | null) {
  if (v.base !== 'read' || tense !== 'past' || !affirmative) return;
  const cue = thirdSingular || time?.en[0] === 'yesterday' || time?.en[0] === 'last';
  r.need(cue, () => ({ en: `Here “read” is the present tense.`, zh: `这里的 “read” 是现在时。` }));
}

const objectOf =
  (v: L.Verb): HeadCheck =>
  (r, obj) =>
    r.need(v.object.ok(obj.kind, obj.head), () => ({
      en: `${quote(v.base)} takes ${v.object.label.en} as its object, not ${quote(obj.head)}.`,
      zh: `${quote(v.base)} 的宾语只能是${v.object.label.zh}，不能是 ${quote(obj.head)}。`,
    }));

const animateSubject: HeadCheck = (r, s) =>
  r.need(s.kind !== 'thing', () => ({
    en: `${quote(s.head)} can't be a subject here: subjects are people or animals.`,
    zh: `${quote(s.head)} 不能做主语：主语只能是人或动物。`,
  }));

/** `that` + a clause with one gap (subject or object) that the head noun fills. Chinese: clause 的. */
function relativeClause(r: Run, head: NounPhrase): Target {
  const that = r.emit('that');
  const gap = r.pick('gap', ['subject', 'object'] as const);
  const tense = r.pick('rel-tense', ['present', 'past'] as const);
  let subject: NounPhrase = head;
  if (gap === 'object') subject = nounPhrase(r, 'subject', true, animateSubject);
  else animateSubject(r, head);
  const v = r.pick('verb', L.verbs, (v) => [verbForm(v, tense, true, subject.thirdSingular)]);
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
function subject(r: Run): NounPhrase {
  const first = nounPhrase(r, 'subject', false, animateSubject);
  if (first.hasRelative || !r.pick('coord', [false, true], (x) => (x ? ['and'] : undefined))) return first;
  const and = r.emit('and');
  const second = nounPhrase(r, 'subject', true, animateSubject);
  r.need(text(first.zh) !== text(second.zh), () => ({
    en: `The two subjects joined by “and” must differ.`,
    zh: `用 “and” 连接的两个主语必须不同。`,
  }));
  return {
    zh: flat([first.zh, out([and], '和'), second.zh]),
    head: `${first.head} and ${second.head}`,
    kind: 'person',
    thirdSingular: false,
    keys: [...first.keys, ...second.keys],
    hasRelative: false,
  };
}

interface Adjuncts {
  manner: Target;
  place: Target;
  time: Target;
  timeWord: L.Time | null;
}

/** `[Manner] [Place] [Time]`, in that order in English; the time word agrees with the tense. */
function adjuncts(r: Run, tense: L.Tense, negative: boolean, objectHasRelative: boolean): Adjuncts {
  /** Chinese links to the phrase's words; `the` links to nothing. */
  const phrase = (p: L.Phrase | null): Target => {
    if (!p) return [];
    const links: number[] = [];
    for (const t of p.en) {
      const i = r.emit(t);
      if (t !== 'the') links.push(i);
    }
    return out(links, ...p.zh);
  };
  const lead = (p: L.Phrase | null) => (p ? p.en : undefined);
  const manner = r.pick('manner', [null, ...L.manners], lead);
  const m = phrase(manner);
  const place = r.pick('place', [null, ...L.places], lead);
  const p = phrase(place);
  const time = r.pick('time', [null, ...L.times], lead);
  const t = phrase(time);
  if (time) {
    const word = quote(time.en.join(' '));
    r.need(time.tenses.includes(tense), () => ({
      en: `${word} doesn't go with the ${tense} tense.`,
      zh: `${word} 不能和${tenseZh[tense]}连用。`,
    }));
    r.need(!(negative && time.en[0] === 'every'), () => ({
      en: `“every day” is never used with “not”.`,
      zh: `“every day” 不和 “not” 连用。`,
    }));
  }
  r.need(!(objectHasRelative && (manner || place || time)), () => ({
    en: `A clause whose object has a relative clause takes no manner, place or time.`,
    zh: `宾语带关系从句的分句不能再有方式、地点或时间。`,
  }));
  return { manner: m, place: p, time: t, timeWord: time };
}

type Form = 'present' | 'past' | 'future' | 'not-present' | 'not-past' | 'not-future';
const forms: Form[] = ['present', 'past', 'future', 'not-present', 'not-past', 'not-future'];

/** `Subject [Aux] [not] Verb Object [Manner] [Place] [Time]` → `Subject [Time] [Neg/Modal] [Place] [Manner] Verb [了] Object`. */
function clause(r: Run): Target {
  const subj = subject(r);
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
  const tense = form.replace('not-', '') as L.Tense;
  const aux: number[] = [];
  if (form === 'future' || form === 'not-future') aux.push(r.emit('will'));
  if (form === 'not-present') aux.push(r.emit(does));
  if (form === 'not-past') aux.push(r.emit('did'));
  if (negative) aux.push(r.emit('not'));
  const modal = { future: '会', 'not-present': '不', 'not-past': '没有', 'not-future': '不会' }[form as string];

  const v = r.pick('verb', L.verbs, (v) => [verbForm(v, tense, !negative, subj.thirdSingular)]);
  const vi = r.emit(verbForm(v, tense, !negative, subj.thirdSingular));
  const obj = nounPhrase(r, 'object', false, objectOf(v));
  r.need(!obj.keys.some((k) => subj.keys.includes(k)), () => ({
    en: `${quote(obj.head)} can't be both subject and object.`,
    zh: `${quote(obj.head)} 不能既做主语又做宾语。`,
  }));
  const a = adjuncts(r, tense, negative, obj.hasRelative);
  needReadCue(r, v, tense, !negative, subj.thirdSingular, a.timeWord);
  const le = form === 'past' ? out([vi], '了') : [];
  return flat([subj.zh, a.time, modal ? out(aux, modal) : [], a.place, a.manner, out([vi], v.zh), le, obj.zh]);
}

/** `Does/Do/Did/Will` + subject … `?` → statement order + `吗 ？`; never negated. */
function question(r: Run, aux: 'does' | 'do' | 'did' | 'will'): Target {
  const ai = r.emit(aux);
  const subj = subject(r);
  if (aux === 'does' || aux === 'do')
    r.need((aux === 'does') === subj.thirdSingular, () => ({
      en: `${quote(aux)} doesn't agree with ${quote(subj.head)}.`,
      zh: `${quote(aux)} 和 ${quote(subj.head)} 的人称、数不一致。`,
    }));
  const tense: L.Tense = aux === 'did' ? 'past' : aux === 'will' ? 'future' : 'present';
  const v = r.pick('verb', L.verbs, (v) => [v.base]);
  const vi = r.emit(v.base);
  const obj = nounPhrase(r, 'object', false, objectOf(v));
  r.need(!obj.keys.some((k) => subj.keys.includes(k)), () => ({
    en: `${quote(obj.head)} can't be both subject and object.`,
    zh: `${quote(obj.head)} 不能既做主语又做宾语。`,
  }));
  const a = adjuncts(r, tense, false, obj.hasRelative);
  const mark = r.pick('end', ['?', null], (e) => (e ? [e] : undefined));
  const end = mark ? [r.emit(mark)] : [];
  return flat([
    subj.zh,
    a.time,
    aux === 'will' ? out([ai], '会') : [],
    a.place,
    a.manner,
    out([vi], v.zh),
    aux === 'did' ? out([vi], '了') : [],
    obj.zh,
    out([ai], '吗'),
    out(end, '？'),
  ]);
}

// ---- Sentences -------------------------------------------------------------------------------------

type Conj = { word: 'and' | 'but' | 'because'; i: number };

const joiner = (c: Conj): Target => (c.word === 'but' ? out([c.i], '，', '但是') : out([c.i], '，'));
const chain = (clauses: Target[], conjs: Conj[]): Target => flat(clauses.map((c, k) => (k === 0 ? c : [...joiner(conjs[k - 1]!), ...c])));

/** `S1 because S2 …` → `因为 S2 … ， 所以 S1`: `because` joins the clause before it with everything after it. */
function joinClauses(clauses: Target[], conjs: Conj[]): Target {
  const b = conjs.findIndex((c) => c.word === 'because');
  if (b < 0) return chain(clauses, conjs);
  const because = conjs[b]!.i;
  const group = flat([out([because], '因为'), chain(clauses.slice(b + 1), conjs.slice(b + 1)), out([because], '，', '所以'), clauses[b]!]);
  return b === 0 ? group : flat([chain(clauses.slice(0, b), conjs.slice(0, b - 1)), joiner(conjs[b - 1]!), group]);
}

/** Up to three main clauses joined by and / but / because (at most one), or one yes/no question. */
export const enzh: Grammar = (r) => {
  const start = r.pick('sentence', ['statement', 'does', 'do', 'did', 'will'] as const, (s) => (s === 'statement' ? undefined : [s]));
  if (start !== 'statement') return question(r, start);
  const clauses = [clause(r)];
  const conjs: Conj[] = [];
  while (clauses.length < 3) {
    const word = r.pick('conj', [null, 'and', 'but', 'because'] as const, (c) => (c ? [c] : undefined));
    if (!word) break;
    r.need(word !== 'because' || !conjs.some((c) => c.word === 'because'), () => ({
      en: `A sentence has at most one “because”.`,
      zh: `一个句子最多只有一个 “because”。`,
    }));
    conjs.push({ word, i: r.emit(word) });
    clauses.push(clause(r));
  }
  const mark = r.pick('end', ['.', null], (e) => (e ? [e] : undefined));
  const end = mark ? [r.emit(mark)] : [];
  return [...joinClauses(clauses, conjs), ...out(end, '。')];
};
