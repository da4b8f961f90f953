/**
 * The attention model's score function in the app (issue 30): on the tasks whose attention model was
 * trained with each score, the view's `score` picks which one plays the attention role; its distracted
 * twin stays. Plain values: the reducer, the URL and the runtime's loader all read them from here.
 */
import type { TaskId } from '../data/tasks';
import { scores, type ModelName, type Score } from '../model/config';
import type { Trace } from '../model/translate';

export { scores, type Score };

export const isScore = (s: unknown): s is Score => scores.includes(s as Score);

/** The tasks shipped with an attention model for every score: dates, where one trains in minutes. */
export const scoredTasks: readonly TaskId[] = ['dates'];
export const hasScores = (task: TaskId) => scoredTasks.includes(task);

/** The model playing the attention role: the one trained with `score` where the task has them, else the additive `attention`. */
export const attentionModel = (task: TaskId, score: Score): ModelName => (hasScores(task) && score !== 'additive' ? score : 'attention');

/** The attention models a task ships, one per score it has (additive alone where it has no others). */
export const scoreModels = (task: TaskId): Partial<Record<Score, ModelName>> =>
  Object.fromEntries((hasScores(task) ? scores : (['additive'] as Score[])).map((s) => [s, attentionModel(task, s)]));

/**
 * A translation with the numbers behind its α (issue 30): the model's own scores e_ij before the softmax,
 * one row per step as `alpha` (null for the distracted twin), the score function that made them, and for
 * the scaled dot product its queries q_i (one per step) and keys k_j (one per source word). All read from
 * the running model by the runtime, never made up in a view.
 */
export interface ScoredTrace extends Trace {
  e: number[][] | null;
  score: Score | null;
  qk: { query: number[][]; keys: number[][] } | null;
}
