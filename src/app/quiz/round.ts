/**
 * One round of Predict, then look: which output row the learner is guessing, the source word picked, and
 * the rows already revealed with their verdicts. Lives in the view (session only; the URL keeps just
 * `quiz=1`). Pure.
 */
import { verdict, type Verdict } from './verdict';

export interface QuizResult {
  /** The 0-based output row. */
  row: number;
  /** The source position guessed; null when the row was revealed without a guess (a class guessing aloud). */
  guess: number | null;
  verdict: Verdict | null;
}

export interface QuizRound {
  /** The 0-based output row being guessed; the translation's length once every row is revealed. */
  row: number;
  /** The source position picked for this row, if any. */
  guess: number | null;
  /** This row's α is on screen. */
  revealed: boolean;
  /** Every row revealed so far, in order. */
  results: QuizResult[];
}

export const freshRound: QuizRound = { row: 0, guess: null, revealed: false, results: [] };

/** Picks source word `col` for the row on screen (before it is revealed). */
export function pick(round: QuizRound, col: number, sourceLength: number): QuizRound {
  if (round.revealed || !Number.isInteger(col) || col < 0 || col >= sourceLength) return round;
  return { ...round, guess: col };
}

/** Reveals the row on screen against its α row, recording the verdict on the guess (if there was one). */
export function reveal(round: QuizRound, alpha: readonly (readonly number[])[]): QuizRound {
  const row = alpha[round.row];
  if (round.revealed || !row) return round;
  const result: QuizResult = { row: round.row, guess: round.guess, verdict: round.guess === null ? null : verdict(row, round.guess) };
  return { ...round, revealed: true, results: [...round.results, result] };
}

/** On to the next row once this one is revealed (past the last row, the round is over). */
export function nextRow(round: QuizRound, total: number): QuizRound {
  if (!round.revealed || round.row >= total) return round;
  return { ...round, row: round.row + 1, guess: null, revealed: false };
}

/** Every row of a translation of `total` tokens is revealed. */
export const roundOver = (round: QuizRound, total: number) => total > 0 && round.row >= total;

/** The end summary's count: rows guessed, and those where the guess held the row's largest weight. */
export function tally(round: QuizRound): { hits: number; guessed: number } {
  const guessed = round.results.filter((r) => r.verdict !== null);
  return { hits: guessed.filter((r) => r.verdict!.kind === 'hit').length, guessed: guessed.length };
}
