/**
 * Is a typed sentence in the task's language? Returns the reference translation and gold alignment,
 * or says exactly why not: empty, too long, which words are unknown (with the nearest known words),
 * or which construction the grammar doesn't cover (with a corrected sentence when one edit fixes it).
 */
import type { Tokens } from './enzh/tokenize';
import { nearest, editDistance } from './distance';
import { parse, END_OF_INPUT, type Miss } from './parse';
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
  | { kind: 'too-long'; tokens: Tokens; max: number }
  | { kind: 'unknown'; tokens: Tokens; unknown: UnknownToken[] }
  | { kind: 'outside'; tokens: Tokens; at: number; reason: string; suggestion: string | null }
  | { kind: 'ok'; tokens: Tokens; reference: string[]; links: number[][] };

/** Longest input the checker will look at, in characters (a guard against pasted books). */
export const MAX_CHARS = 1000;

const quote = (s: string) => `“${s}”`;
const listed = (tokens: string[]) => {
  const shown = tokens.slice(0, 6).map((t) => (t === END_OF_INPUT ? 'the end of the sentence' : quote(t)));
  return tokens.length > 6 ? `${shown.join(', ')}, …` : shown.join(' or ');
};

export function check(task: Task, text: string): Check {
  if (text.trim() === '') return { kind: 'empty' };
  const tokens = task.tokenize(text.slice(0, MAX_CHARS + 1));
  if (text.length > MAX_CHARS || tokens.tokens.length > task.maxTokens) return { kind: 'too-long', tokens, max: task.maxTokens };
  const unknown = tokens.tokens.flatMap((token, index) =>
    task.vocabulary.has(token) ? [] : [{ token, index, span: tokens.spans[index]!, suggestions: nearest(token, task.vocabulary) }],
  );
  if (unknown.length) return { kind: 'unknown', tokens, unknown };
  const p = parse(task.grammar, tokens.tokens);
  if (p.ok) return { kind: 'ok', tokens, reference: p.target.map((l) => l.t), links: p.target.map((l) => l.from) };
  return {
    kind: 'outside',
    tokens,
    at: p.miss.at,
    reason: explain(tokens.tokens, p.miss, task),
    suggestion: repair(task, tokens.tokens, p.miss),
  };
}

function explain(tokens: string[], miss: Miss, task: Task): string {
  if (miss.reasons.length) return miss.reasons[0]!;
  const what = task.characters ? 'character' : 'word';
  if (miss.at >= tokens.length)
    return `The ${task.characters ? 'date' : 'sentence'} stops too early: it could go on with ${listed(miss.expected)}.`;
  return `${quote(tokens[miss.at]!)} can't come here (${what} ${miss.at + 1}); the language expects ${listed(miss.expected)}.`;
}

/** One substitution (or insertion at the end) of an expected token that is spelled like the one typed. */
function repair(task: Task, tokens: string[], miss: Miss): string | null {
  const typed = tokens[miss.at] ?? '';
  const candidates = miss.expected
    .filter((e) => e !== END_OF_INPUT)
    .map((e) => ({ e, d: editDistance(typed, e) }))
    .filter(({ d }) => typed === '' || d <= Math.max(1, Math.floor(typed.length / 2)))
    .sort((a, b) => a.d - b.d)
    .slice(0, 8);
  for (const { e } of candidates) {
    const fixed = [...tokens.slice(0, miss.at), e, ...tokens.slice(miss.at + (typed ? 1 : 0))];
    const endings = task.characters ? [[]] : [['.'], ['?'], []];
    for (const end of endings) {
      const attempt = [...fixed, ...end];
      if (parse(task.grammar, attempt).ok) return task.showSource(attempt);
    }
  }
  return null;
}
