/**
 * Is a typed sentence in the task's language? Returns the reference translation and gold alignment,
 * or says exactly why not: empty, too long, which words are unknown (with the nearest known words), which
 * known word no sentence uses (enzh/unsaid.ts), or which construction the grammar doesn't cover (with a
 * corrected sentence when one edit fixes it).
 */
import type { Tokens } from './enzh/enzhTokenize';
import { editDistance } from './distance';
import { accepts, parse, END_OF_INPUT, type Miss } from './parse';
import { quote, type Reason } from './reason';
import type { Task } from './tasks';

export interface UnknownToken {
  token: string;
  /** Position among the source tokens. */
  index: number;
  /** Where it is in the typed text. */
  span: [number, number];
  suggestions: string[];
}

export type Check =
  | { kind: 'empty' }
  /** Chinese typed where the task reads English (en-zh): nothing to translate. */
  | { kind: 'chinese' }
  | { kind: 'too-long'; tokens: Tokens; max: number }
  | { kind: 'unknown'; tokens: Tokens; unknown: UnknownToken[] }
  | { kind: 'outside'; tokens: Tokens; at: number; reason: Reason; suggestion: string | null }
  | { kind: 'ok'; tokens: Tokens; reference: string[]; links: number[][] };

/**
 * Runs of the grammar the checker may spend on one sentence. Every sentence the grammar generates parses
 * well within it (its tests check 2 000); a sentence outside the language that would take longer gets
 * the explanation found so far, so that no keystroke waits on a long search.
 */
export const SEARCH_BUDGET = 20_000;

/** Chinese characters (Han), which the en-zh model never reads: its source is English. */
const HAN = /\p{Script=Han}/u;

/** Longest input the checker will look at, in characters (a guard against pasted books). */
export const MAX_CHARS = 1000;

/** Up to six expected tokens, in each language: “a”, “the” or the end of the sentence. */
const listed = (tokens: string[], show: (t: string) => string): Reason => {
  const shown = (end: string) => tokens.slice(0, 6).map((t) => (t === END_OF_INPUT ? end : quote(show(t))));
  const more = tokens.length > 6;
  return {
    en: more ? `${shown('the end of the sentence').join(', ')}, …` : shown('the end of the sentence').join(' or '),
    zh: more ? `${shown('句子结束').join('、')}……` : shown('句子结束').join(' 或 '),
  };
};

/** The tokens the models read for a verdict: none when it is empty, Chinese or too long. */
export const readTokens = (c: Check): string[] =>
  c.kind === 'empty' || c.kind === 'chinese' || c.kind === 'too-long' ? [] : c.tokens.tokens;

export function check(task: Task, text: string): Check {
  if (text.trim() === '') return { kind: 'empty' };
  const tokens = task.tokenize(text.slice(0, MAX_CHARS + 1));
  // Quote marks and spaces alone leave no token: nothing to check or translate.
  if (tokens.tokens.length === 0) return { kind: 'empty' };
  if (text.length > MAX_CHARS || tokens.tokens.length > task.maxTokens) return { kind: 'too-long', tokens, max: task.maxTokens };
  if (task.id === 'en-zh' && HAN.test(text)) return { kind: 'chinese' };
  const unknown = tokens.tokens.flatMap((token, index) =>
    task.vocabulary.has(token) ? [] : [{ token, index, span: tokens.spans[index]!, suggestions: task.suggest(token) }],
  );
  if (unknown.length) {
    completeFinalMark(task, text, tokens, undefined);
    return { kind: 'unknown', tokens, unknown };
  }
  const typed = [...tokens.tokens];
  // The first reading is the reference: the grammar has one per sentence (its tests search for a second).
  const p = parse(task.grammar, typed, { maxReadings: 1, maxRuns: SEARCH_BUDGET });
  completeFinalMark(task, text, tokens, p.ok ? p.target.at(-1)?.t : undefined);
  if (p.ok) {
    // Parsed again with the mark in place, so the mark's gold link points at it.
    const q = tokens.added === undefined ? p : parse(task.grammar, tokens.tokens, { maxReadings: 1, maxRuns: SEARCH_BUDGET });
    if (q.ok) return { kind: 'ok', tokens, reference: q.target.map((l) => l.t), links: q.target.map((l) => l.from) };
  }
  if (p.ok) throw new Error(`The grammar accepts ${JSON.stringify(text)} but not with its final mark.`);
  // A word no sentence holds is the reason, wherever the search stopped after it (`I am feeling tired`
  // stops at `tired`, in a verb that takes no object).
  const unsaid = task.unsaid?.(typed, p.miss.at);
  if (unsaid)
    return {
      kind: 'outside',
      tokens,
      at: unsaid.at,
      reason: showQuoted(task, unsaid.reason),
      suggestion: firstAccepted(task, unsaid.edits, REPAIR_ATTEMPTS),
    };
  return {
    kind: 'outside',
    tokens,
    at: p.miss.at,
    reason: explain(typed, p.miss, task, tokens.spans),
    suggestion: repair(task, typed, p.miss),
  };
}

/**
 * A sentence typed without its final mark gets the mark the grammar gives it (`Tom chased Jerry` →
 * `… jerry .`), so the model reads exactly what it reads with the mark. Outside the language, a guess:
 * `?` after a question word or auxiliary, else `.`. The added token has an empty span at the end.
 */
function completeFinalMark(task: Task, text: string, tokens: Tokens, parsedMark: string | undefined) {
  if (!task.finalMarks || tokens.tokens.length === 0 || task.finalMarks.marks.includes(tokens.tokens.at(-1)!)) return;
  const mark = (parsedMark && task.finalMarks.fromTarget[parsedMark]) || task.finalMarks.guess(tokens.tokens);
  tokens.added = tokens.tokens.length;
  tokens.tokens.push(mark);
  tokens.spans.push([text.length, text.length]);
}

/**
 * The first seven of `tokens` by `rank`, commonest first (`the`, `my`, … before `myself`), ties and a task
 * without ranks in the order the grammar wanted them: `listed` shows six and whether there are more. A
 * prefix may expect thousands of words; picking seven is cheaper than sorting them all.
 */
function commonest(tokens: string[], rank: ((t: string) => number) | undefined): string[] {
  if (!rank) return tokens.slice(0, 7);
  const best: { t: string; r: number }[] = [];
  for (const t of tokens) {
    const r = rank(t);
    if (best.length === 7 && r >= best[6]!.r) continue;
    let i = Math.min(best.length, 6);
    while (i > 0 && best[i - 1]!.r > r) i--;
    best.splice(i, 0, { t, r });
    best.length = Math.min(best.length, 7);
  }
  return best.map((b) => b.t);
}

/** A reason with each word it quotes as the task shows it (`“tom” can't be “name”` → `“Tom” …`). */
const showQuoted = (task: Task, r: Reason): Reason => {
  const show = task.showToken;
  if (!show) return { en: r.en, zh: r.zh };
  const words = (text: string) => text.replace(/“([^”]*)”/g, (_, inner: string) => quote(inner.split(' ').map(show).join(' ')));
  return { en: words(r.en), zh: words(r.zh) };
};

/**
 * Where token `at` is, as a reader counts: the character (dates), or the word of the sentence as typed, where
 * `I'm` is one word and a comma none (`I'm fine, thanks.`: `thanks` is word 3). Null for a mark.
 */
function position(task: Task, tokens: string[], spans: [number, number][], at: number): Reason | null {
  if (task.characters) return { en: ` (character ${at + 1})`, zh: `（第 ${at + 1} 个字符）` };
  const word = (k: number) => /[\p{L}\p{N}]/u.test(tokens[k]!);
  if (!word(at)) return null;
  const starts = new Set(spans.slice(0, at + 1).flatMap(([start], k) => (word(k) ? [start] : [])));
  return { en: ` (word ${starts.size})`, zh: `（第 ${starts.size} 个词）` };
}

function explain(tokens: string[], miss: Miss, task: Task, spans: [number, number][]): Reason {
  const show = task.showToken ?? ((t: string) => t);
  // The typed word, wanted here in another of its forms (`Tom's cat run away.` → `runs`, `ran`): the likeliest
  // slip, told before a reason another reading gave (there, `Tom's` as `Tom is`: "`cat` needs a determiner").
  const forms = otherForms(task, tokens[miss.at], miss.expected);
  if (forms.length) {
    const at = position(task, tokens, spans, miss.at);
    const want = listed(commonest(forms, task.rank), show);
    return {
      en: `${quote(show(tokens[miss.at]!))} needs another form here${at?.en ?? ''}: ${want.en}.`,
      zh: `${quote(show(tokens[miss.at]!))} 在这里要换一个形式${at?.zh ?? ''}：${want.zh}。`,
    };
  }
  const fits = miss.reasons.find((r) => r.holdsAt?.(tokens[miss.at]) ?? true);
  if (fits) return showQuoted(task, fits);
  const next = listed(commonest(miss.expected, task.rank), show);
  if (miss.at >= tokens.length)
    return {
      en: `The ${task.characters ? 'date' : 'sentence'} stops too early: it could go on with ${next.en}.`,
      zh: `${task.characters ? '日期' : '句子'}结束得太早：后面还可以接 ${next.zh}。`,
    };
  const at = position(task, tokens, spans, miss.at);
  return {
    en: `${quote(show(tokens[miss.at]!))} can't come here${at?.en ?? ''}; the language expects ${next.en}.`,
    zh: `${quote(show(tokens[miss.at]!))} 不能出现在这里${at?.zh ?? ''}；这里应该是 ${next.zh}。`,
  };
}

/** The expected tokens that are `typed` in another form (the same lemma: `run` → `runs`, `ran`); none for dates. */
function otherForms(task: Task, typed: string | undefined, expected: string[]): string[] {
  if (!task.lemma || task.characters || typed === undefined || !/\p{L}/u.test(typed)) return [];
  const lemma = task.lemma(typed);
  return expected.filter((e) => e !== typed && e !== END_OF_INPUT && task.lemma!(e) === lemma);
}

/**
 * Repairs tried per sentence, at most: each is a parse of the whole sentence (a millisecond or two for
 * 40 tokens), and the checker runs as typing pauses.
 */
const REPAIR_ATTEMPTS = 6;

/** Articles, which a typist leaves out more often than any other word. */
const ARTICLES = ['a', 'an', 'the'];

/** A space or a punctuation mark: adding or dropping one changes no word, number or name. */
const SEPARATOR = /^[^\p{L}\p{N}]$/u;

/**
 * One edit at the point where parsing stopped: a separator dropped or added (`december 2,2026` →
 * `december 2, 2026`), which changes no word or number and so comes first, then a substitution (or an
 * insertion at the end) of an expected token spelled like the one typed.
 */
function repair(task: Task, tokens: string[], miss: Miss): string | null {
  const typed = tokens[miss.at] ?? '';
  const expected = miss.expected.filter((e) => e !== END_OF_INPUT);
  const before = tokens.slice(0, miss.at);
  const after = tokens.slice(miss.at + 1);
  const marks = task.finalMarks?.marks ?? [];
  // A final mark is never added before more words; at most four of these, on top of REPAIR_ATTEMPTS.
  const separatorEdits = [
    ...(SEPARATOR.test(typed) ? [[...before, ...after]] : []),
    // `december 2 , 2026`: the stray space is the one before the comma where parsing stopped.
    ...(miss.at > 0 && SEPARATOR.test(tokens[miss.at - 1]!) ? [[...before.slice(0, -1), ...tokens.slice(miss.at)]] : []),
    ...(typed ? expected.filter((e) => SEPARATOR.test(e) && !marks.includes(e)).map((e) => [...before, e, typed, ...after]) : []),
  ].slice(0, 4);
  const lemma = task.lemma ?? ((t: string) => t);
  const sameStem = (e: string) =>
    !task.characters && /\p{L}/u.test(typed) && (lemma(e) === lemma(typed) || ending(typed, e) || ending(e, typed));
  const close = (e: string, most: number) => editDistance(typed, e) <= most;
  const substitutions = expected
    .filter(
      (e) =>
        // At the end: a completion (`I want to` → `I want to go.`).
        typed === '' ||
        // A date's characters are typos, mended by any character spelled close.
        (task.characters && close(e, Math.max(1, Math.floor(typed.length / 2)))) ||
        // A word typed is one the vocabulary knows (else the verdict is `unknown`): another word spelled alike
        // says something else (`How was your day?` → `dad`, `She is not well.` → `tall`). Only its own other
        // form mends it (`chase` → `chases`, `have` → `has`), or a slip of `not` (`now`); `not` stands for no
        // other word, since it says the opposite (`Tom is most happy.` → `Tom is not happy.`).
        (!task.characters && (e === 'not' ? close(e, 1) : sameStem(e))),
    )
    .map((e) => ({ e, d: editDistance(typed, e) }))
    // A number (v5 reads `2`, `21`, `3:30`) is a short token but rarely the word a sentence lacks: after the words.
    .sort((a, b) => Number(/^\d/.test(a.e)) - Number(/^\d/.test(b.e)) || a.d - b.d)
    .slice(0, 8)
    .map(({ e }) => [...before, e, ...(typed ? after : [])]);
  // A word given its right ending (`Tom chase Jerry` → `chases`) is what the typist meant more often
  // than a mark added before it (`Tom, chase Jerry.` is a call and an order): such a word comes first.
  const endingEdits = substitutions.filter((s) => sameStem(s[miss.at]!));
  // An article left out (`I have cat.` → `a cat`, `Tom is best.` → `the best`, not `fast`): at most three, on top too.
  const articleEdits = typed ? ARTICLES.filter((a) => expected.includes(a)).map((a) => [...before, a, typed, ...after]) : [];
  // An article keeps the word as typed (`Tom is best.` → `the best`, not `better`): it is tried first.
  const edits = [...articleEdits, ...endingEdits, ...separatorEdits, ...substitutions.filter((s) => !endingEdits.includes(s))];
  return firstAccepted(task, edits, REPAIR_ATTEMPTS + 2 * (separatorEdits.length + articleEdits.length));
}

/** Whether `longer` is `stem` with an ending of English (`chase` → `chases`, `go` → `goes`; not `be` → `beg`). */
const ending = (stem: string, longer: string) =>
  longer.startsWith(stem) && /^(s|es|d|ed|ing|r|er|st|est|ly|n|en)$/.test(longer.slice(stem.length));

/** The first of `edits` the grammar accepts, shown as text, within `budget` parses. */
function firstAccepted(task: Task, edits: string[][], budget: number): string | null {
  const marks = task.finalMarks?.marks ?? [];
  let attempts = 0;
  for (const fixed of edits) {
    // A sentence that already ends in a mark is tried as it is; one that doesn't, with `.` and with `?`.
    const endings = task.characters || marks.includes(fixed.at(-1)!) ? [[]] : [['.'], ['?']];
    for (const end of endings) {
      if (++attempts > budget) return null;
      const attempt = [...fixed, ...end];
      // A repair that works parses at once; a search that runs long is not worth a keystroke's time.
      if (accepts(task.grammar, attempt, { maxReadings: 1, maxRuns: 2000 })) return task.showSource(attempt);
    }
  }
  return null;
}
