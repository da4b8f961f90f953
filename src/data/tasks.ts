/** The two tasks, behind one interface: grammar, tokenizer, display, sampling profile. */
import type { Grammar } from './program';
import type { Weights } from './sample';
import { enzhGrammar } from './enzh/enzhGrammar';
import { enzhLexicon, type EnzhVersion, type Lexicon } from './enzh/lexicon';
import { enzhBucketShares, enzhProfiles } from './enzh/profiles';
import { detokenizeEnglish, englishTokenizer, showEnglishToken, type Tokens } from './enzh/enzhTokenize';
import { questionStarts, rankOf, suggestEnglish } from './enzh/suggest';
import { unsaidIn, type Unsaying } from './enzh/unsaid';
import { nearest } from './distance';
import { dateCharacters, dates } from './dates/datesGrammar';
import { formatOf } from './dates/formatOf';
import { datesProfile } from './dates/profile';
import { tokenizeDate } from './dates/datesTokenize';

export type TaskId = 'en-zh' | 'dates';
export const taskIds: TaskId[] = ['en-zh', 'dates'];

export interface Task {
  id: TaskId;
  grammar: Grammar;
  tokenize(text: string): Tokens;
  /** Source tokens as text. */
  showSource(tokens: readonly string[]): string;
  /** Target tokens as text: Chinese without spaces, ISO dates as they are. */
  showTarget(tokens: readonly string[]): string;
  /** Every source token the language uses. */
  vocabulary: ReadonlySet<string>;
  /** Sampling weights; en-zh has one profile per length bucket, dates one for all. */
  profiles: Weights[];
  /** Share of training sentences from each length bucket (equal when absent). */
  bucketShares?: number[];
  /** The longest input (in source tokens) the model and the app accept. */
  maxTokens: number;
  /** Source tokens are characters (dates) rather than words (en-zh). */
  characters: boolean;
  /** Known words to suggest for an unknown one: close in spelling, or a synonym. */
  suggest(token: string): string[];
  /** A token's rank by how common it is (0 first): the words a reason lists as expected come commonest first. */
  rank?(token: string): number;
  /** A token as a reason quotes it (`tom` → `Tom`); as it is when absent. */
  showToken?(token: string): string;
  /** The word a token is a form of (`has` → `have`, `cats` → `cat`): a repair may give a word its right form. */
  lemma?(token: string): string;
  /** The first word among `tokens[0..upTo]` the vocabulary lists but no sentence says, why, and what to try (en-zh@5, unsaid.ts). */
  unsaid?(tokens: readonly string[], upTo: number): Unsaying | null;
  /** Final marks, where a sentence may be typed without one (see check.ts). */
  finalMarks?: {
    marks: string[];
    /** The source mark for the reference's final target token. */
    fromTarget: Record<string, string>;
    /** The mark for a sentence outside the language. */
    guess(tokens: readonly string[]): string;
  };
  /** The spec's input format a sentence is written in, for tasks that have formats (dates): accuracy is reported per format too. */
  formatOf?: (source: readonly string[]) => string | undefined;
}

/** Length buckets of the spec, in source tokens: accuracy is reported per bucket. */
export const buckets: [number, number][] = [
  [1, 10],
  [11, 20],
  [21, 30],
  [31, 45],
];
export const bucketOf = (length: number) => buckets.findIndex(([lo, hi]) => length >= lo && length <= hi);
export const bucketName = ([lo, hi]: [number, number]) => `${lo}–${hi}`;

/**
 * The version of the en-zh language the app and the shipped models use (their manifests' dataVersion
 * `en-zh@N`; a test holds the two together). The next version is trained with `--language`.
 */
export const EN_ZH_SHIPPED: EnzhVersion = 4;

const enzhTasks = new Map<EnzhVersion, Task>();
/** The en-zh task at one version of its language, built once. */
export function enzhTask(version: EnzhVersion): Task {
  let task = enzhTasks.get(version);
  if (!task) enzhTasks.set(version, (task = buildEnzhTask(version)));
  return task;
}

function buildEnzhTask(version: EnzhVersion): Task {
  const lexicon = enzhLexicon(version);
  return {
    id: 'en-zh',
    grammar: enzhGrammar(lexicon),
    tokenize: englishTokenizer(version),
    showSource: detokenizeEnglish,
    showTarget: (t) => t.join(''),
    vocabulary: lexicon.englishVocabulary,
    profiles: enzhProfiles,
    bucketShares: enzhBucketShares,
    maxTokens: 45,
    characters: false,
    suggest: (token) => suggestEnglish(token, lexicon.englishVocabulary),
    rank: rankOf,
    lemma: lemmaIn(lexicon),
    showToken: showEnglishToken,
    unsaid: (tokens, upTo) => unsaidIn(lexicon, tokens, upTo),
    finalMarks: {
      marks: ['.', '?', '!'],
      fromTarget: { '。': '.', '？': '?', '！': '!' },
      guess: (tokens) => (questionStarts.has(tokens[0] ?? '') ? '?' : '.'),
    },
  };
}

/** The word each form is of, in one lexicon: verbs (be, have and do too), nouns, compared adjectives. */
function lemmaIn(lexicon: Lexicon): (token: string) => string {
  let forms: Map<string, string> | undefined;
  return (token) => {
    forms ??= new Map([
      ...['am', 'is', 'are', 'was', 'were', 'been', 'being'].map((f) => [f, 'be'] as const),
      ...['has', 'had', 'having'].map((f) => [f, 'have'] as const),
      ...['does', 'did', 'done', 'doing'].map((f) => [f, 'do'] as const),
      ...lexicon.verbs.flatMap((v) => [v.s3, v.past, v.ing, v.participle].flatMap((f) => (f ? [[f, v.base] as const] : []))),
      ...lexicon.nouns.map((n) => [n.pl, n.sg] as const),
      // `taller`, `tallest`; not `more` and `most`, which go with many adjectives.
      ...lexicon.adjectives.flatMap((a) =>
        [a.comparative, a.superlative].flatMap((f) => (f?.length === 1 ? [[f[0]!, a.en] as const] : [])),
      ),
    ]);
    return forms.get(token) ?? token;
  };
}

export const tasks: Record<TaskId, Task> = {
  // Built when first asked (the page's first render), not as this module loads: the page starts its
  // downloads first (main.tsx), and they go on while the task's tables are built.
  get 'en-zh'() {
    return enzhTask(EN_ZH_SHIPPED);
  },
  dates: {
    id: 'dates',
    grammar: dates,
    tokenize: tokenizeDate,
    showSource: (t) => t.join(''),
    showTarget: (t) => t.join(''),
    vocabulary: dateCharacters,
    profiles: [datesProfile],
    maxTokens: 45,
    characters: true,
    suggest: (token) => nearest(token, dateCharacters),
    formatOf: (source) => formatOf(source)?.format,
  },
};

export const isTaskId = (s: unknown): s is TaskId => s === 'en-zh' || s === 'dates';
