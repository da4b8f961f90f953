/**
 * The lab's part of the view: the training timeline, the attention rule (what-if), forced cells, the
 * heatmap's log scale and Train live. Its commands are in the command table (commands.ts) like every
 * other. Pure: no React, no model.
 */
import { liveExample } from '../live/task';
import type { AttentionRule } from '../model/attention';
import type { Lab } from './runtime/runtime';

/** The rules the explorer offers; `learned` takes the sharpness β. */
export type RuleName = 'learned' | 'uniform' | 'hard';
export const ruleNames: readonly RuleName[] = ['learned', 'uniform', 'hard'];

export const BETA_MAX = 5;

export interface LabView {
  rule: RuleName;
  /** Sharpness β of the learned rule: e_ij is multiplied by it before the softmax (1 = the model's own α). */
  beta: number;
  /** Forced cells, in the order they were made (Undo takes the last back): all of row `row`'s attention on source word `col`. */
  forced: { row: number; col: number }[];
  /** Colour the heatmap on a log scale of α, so small weights show. */
  logScale: boolean;
  /** The timeline is playing: a `timelineTick` moves it to the next snapshot. */
  timelinePlaying: boolean;
  /** Train live: a small model learning in the page (src/live/). */
  live: LiveView;
}

export interface LiveView {
  /** The panel is shown. */
  open: boolean;
  /** Asked to train (else paused). */
  training: boolean;
  /** The run's seed: the same seed, the same run. */
  seed: number;
  /** Counts resets: a new value starts a new run from `seed`. */
  run: number;
  /** The date the live model translates as it learns. */
  text: string;
}

export const MAX_SEED = 999_999;

export const initialLab: LabView = {
  rule: 'learned',
  beta: 1,
  forced: [],
  logScale: false,
  timelinePlaying: false,
  live: { open: false, training: false, seed: 1, run: 0, text: liveExample },
};

/** The rule as the model code takes it. */
export function attentionRule({ rule, beta }: Pick<LabView, 'rule' | 'beta'>): AttentionRule {
  return rule === 'learned' ? { rule, beta } : { rule };
}

/** The shipped weights and their own α: what the guided reading's widgets show. */
export const modelsOwn: Lab = { snapshot: null, rule: { rule: 'learned', beta: 1 }, forced: {} };

/** What the translation needs to know of the lab: which weights, and how α is made. */
export const labOf = (view: { snapshot: number | null; lab: LabView }): Lab => ({
  snapshot: view.snapshot,
  rule: attentionRule(view.lab),
  forced: Object.fromEntries(view.lab.forced.map((f) => [f.row, f.col])),
});

/** α is not the model's own: a rule other than learned at β = 1, or a forced cell. */
export const intervened = (lab: LabView) => lab.rule !== 'learned' || lab.beta !== 1 || lab.forced.length > 0;
