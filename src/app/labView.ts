/**
 * The lab's part of the view: the training timeline, the attention rule (what-if), forced cells and the
 * heatmap's log scale. `reduceLab` is `reduceView`'s handler for these commands (view.ts delegates), so
 * the view still changes in one place. Pure: no React, no model.
 */
import { liveExample } from '../live/task';
import type { AttentionRule } from '../model/attention';
import type { Lab } from './runtime/runtime';
import type { View } from './view';

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

export type LabCommand =
  | { command: 'setRule'; rule: RuleName }
  | { command: 'setBeta'; beta: number }
  /** Puts all of one step's attention on one source word, and decodes again from there. */
  | { command: 'force'; row: number; col: number }
  | { command: 'undoForce' }
  /** Back to the model's own α: learned rule, β = 1, nothing forced. */
  | { command: 'resetRule' }
  | { command: 'setLogScale'; on: boolean }
  | { command: 'playTimeline'; on: boolean }
  /** The timeline's playback moving on to the stop at `snapshot` % (it keeps playing, unlike `setSnapshot`). */
  | { command: 'timelineTick'; snapshot: number }
  /** Opens Train live and starts training, or closes it (training pauses); flips it without `open`. */
  | { command: 'setLive'; open?: boolean }
  | { command: 'trainLive'; on: boolean }
  /** A new live run from `seed` (the current one when absent), paused at step 0. */
  | { command: 'resetLive'; seed?: number }
  | { command: 'setLiveText'; text: string };

/** 0–100, to one decimal (what the URL keeps). */
const clampPercent = (p: number) => Math.round(Math.max(0, Math.min(100, p)) * 10) / 10;

/** The view after a lab command (or `setSnapshot`). */
export function reduceLab(view: View, command: LabCommand | { command: 'setSnapshot'; snapshot: number }): View {
  const lab = view.lab;
  const set = (patch: Partial<LabView>): View => ({ ...view, lab: { ...lab, ...patch } });
  const live = (patch: Partial<LiveView>): View => set({ live: { ...lab.live, ...patch } });
  switch (command.command) {
    case 'setSnapshot':
      return { ...set({ timelinePlaying: false }), snapshot: clampPercent(command.snapshot) };
    case 'timelineTick':
      return lab.timelinePlaying ? { ...view, snapshot: clampPercent(command.snapshot) } : view;
    case 'playTimeline':
      return set({ timelinePlaying: command.on });
    case 'setRule':
      return set({ rule: command.rule });
    case 'setBeta':
      return Number.isFinite(command.beta) ? set({ rule: 'learned', beta: Math.max(0, Math.min(BETA_MAX, command.beta)) }) : view;
    case 'force':
      if (![command.row, command.col].every((n) => Number.isInteger(n) && n >= 0)) return view;
      return set({ forced: [...lab.forced.filter((f) => f.row !== command.row), { row: command.row, col: command.col }] });
    case 'undoForce':
      return set({ forced: lab.forced.slice(0, -1) });
    case 'resetRule':
      return set({ rule: 'learned', beta: 1, forced: [] });
    case 'setLogScale':
      return set({ logScale: command.on });
    case 'setLive': {
      const open = command.open ?? !lab.live.open;
      return live({ open, training: open });
    }
    case 'trainLive':
      return live({ open: lab.live.open || command.on, training: command.on });
    case 'resetLive': {
      const seed = command.seed ?? lab.live.seed;
      if (!Number.isInteger(seed) || seed < 1 || seed > MAX_SEED) return view;
      return live({ seed, run: lab.live.run + 1, training: false });
    }
    case 'setLiveText':
      return typeof command.text === 'string' ? live({ text: command.text.slice(0, 200) }) : view;
  }
}

/** The rule as the model code takes it. */
export function attentionRule({ rule, beta }: Pick<LabView, 'rule' | 'beta'>): AttentionRule {
  return rule === 'learned' ? { rule, beta } : { rule };
}

/** The shipped weights and their own α: what the guided reading's widgets show. */
export const modelsOwn: Lab = { snapshot: null, rule: { rule: 'learned', beta: 1 }, forced: {} };

/** What the translation needs to know of the lab: which weights, and how α is made. */
export const labOf = (view: Pick<View, 'snapshot' | 'lab'>): Lab => ({
  snapshot: view.snapshot,
  rule: attentionRule(view.lab),
  forced: Object.fromEntries(view.lab.forced.map((f) => [f.row, f.col])),
});

/** α is not the model's own: a rule other than learned at β = 1, or a forced cell. */
export const intervened = (lab: LabView) => lab.rule !== 'learned' || lab.beta !== 1 || lab.forced.length > 0;
