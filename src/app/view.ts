/**
 * The view: what the URL holds, what lives only in this session, and what the runtime has told it (the
 * lengths of the translations on screen, the timelines' stops, the load). It changes only through
 * `reduceView` (commands.ts); this file is its shape and the small facts derived from it. Pure: no
 * React, no DOM, no model.
 */
import type { Variant } from '../model/config';
import type { Cell } from '../viz/Heatmap';
import { initialLab, type LabView } from './labView';
import { freshRound, type QuizRound } from './quiz/round';
import type { ViewState } from './urlState';

/** The load of the task's models, as the view knows it. */
export type LoadPhase = 'loading' | 'ready' | 'failed';

/** The shareable view (what the URL holds) and what lives only in this session. */
export interface View extends ViewState {
  /** Decoding is playing: a `tick` moves one step on. */
  playing: boolean;
  /** The heatmap cell the pointer (or keyboard focus) is on; either part may be null. */
  hover: Cell;
  /** A clicked cell that stays lit until clicked again or the sentence changes. */
  pinned: Cell | null;
  /** Projector extras: blank screen and the key overlay. */
  blank: boolean;
  help: boolean;
  /** Timeline playback, attention rule, forced cells, log scale, Train live (labView.ts). */
  lab: LabView;
  /** What the runtime reported (tracesArrived, loaded): never captured from a render. */
  shown: Shown;
  load: LoadPhase;
  /** Each model's timeline, as shares of training in % (the last stop is the shipped weights). */
  stops: Record<Variant, number[]>;
  /** Embedded in a course page: step through each new translation by itself (`autoplay=1`). */
  autoplay: boolean;
  /** Autoplay is waiting to start the translation that arrived as arrival number `autoplayFor`. */
  autoplayFor: number | null;
  /** Predict, then look: the round under way (meaningful while `quiz` is on). */
  round: QuizRound;
}

/** The attention model's translation on screen, as it arrived: what Predict's verdicts are read from. */
export interface ShownTrace {
  source: string[];
  tokens: string[];
  alpha: number[][] | null;
  /** Where on its timeline the model was, in % (null: the shipped weights). */
  at: number | null;
}

export interface Shown {
  /** Output tokens of each model's translation on screen; null until this sentence's first translation arrives. */
  lengths: Partial<Record<Variant, number>> | null;
  /** Where on its timeline each model on screen was, in % (null: the shipped weights). */
  at: Partial<Record<Variant, number | null>>;
  /** Counts translations arrived (a new one re-arms autoplay). */
  arrivals: number;
  /** The attention model's translation on screen; null until this sentence's first one arrives. */
  attention: ShownTrace | null;
}

export const noCell: Cell = { row: null, col: null };
const nothingShown: Shown = { lengths: null, at: {}, arrivals: 0, attention: null };

export const initialView = (shared: ViewState, session: { autoplay?: boolean } = {}): View => ({
  ...shared,
  playing: false,
  hover: noCell,
  pinned: null,
  blank: false,
  help: false,
  lab: initialLab,
  shown: nothingShown,
  load: 'loading',
  stops: { attention: [], distracted: [] },
  autoplay: session.autoplay ?? false,
  autoplayFor: null,
  round: freshRound,
});

/** The model the step controls and the timeline follow: the distracted one in distracted mode, else attention. */
export const followed = (view: Pick<View, 'mode'>): Variant => (view.mode === 'distracted' ? 'distracted' : 'attention');

/** Output tokens of the followed model's translation on screen; null while it hasn't arrived. */
export const totalOf = (view: Pick<View, 'mode' | 'shown'>): number | null => view.shown.lengths?.[followed(view)] ?? null;

/** The step on screen: `view.step` within [0, total] (null = the whole translation). */
export const shownStep = (view: Pick<View, 'step'>, total: number) => Math.min(view.step ?? total, total);

/**
 * A new sentence (typed, sent by the host, a new task or a lesson example): shown whole, not playing,
 * nothing hovered or pinned, no forced cell, a fresh Predict round — those belonged to the old sentence. Its translation is
 * unknown until it arrives, unless the sentence is the one on screen.
 */
export const newSentence = (view: View, patch: Partial<View>): View => {
  const next: View = {
    ...view,
    hover: noCell,
    pinned: null,
    playing: false,
    step: null,
    lab: { ...view.lab, forced: [] },
    round: freshRound,
    ...patch,
  };
  const same = next.task === view.task && next.text === view.text && view.lab.forced.length === 0;
  return same ? next : { ...next, shown: { ...view.shown, lengths: null, attention: null } };
};
