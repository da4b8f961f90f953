/**
 * Every command the view takes, as a type: what buttons, keys, timers, the host page and the runtime
 * can say. What each one does, and who may send it, is in the command table (commands.ts).
 */
import type { TaskId } from '../data/tasks';
import type { Lang, Mode } from '../core/choices';
import type { Score, Variant } from '../model/config';
import type { Cell } from '../viz/Heatmap';
import type { RuleName } from './labView';
import type { Theme } from './urlState';
import type { LoadPhase } from './view';

/** One model's translation, as the runtime reports it when it arrives. */
export interface Arrival {
  source: string[];
  tokens: string[];
  /** α, one row per output token (null for the distracted model, which has none). */
  alpha: number[][] | null;
  /** The training timeline's stop whose weights made it, in % (null: the shipped weights). */
  at: number | null;
}

export type ViewCommand =
  | { command: 'setText'; text: string }
  | { command: 'setTask'; task: TaskId }
  | { command: 'setMode'; mode: Mode }
  | { command: 'cycleMode' }
  /** The attention model's score function (tasks with scores); `'next'` cycles additive → general → scaled dot. */
  | { command: 'setScore'; score: Score | 'next' }
  /** Compare scores: the three attention models' heatmaps of the sentence side by side, or back. */
  | { command: 'setCompare'; on: boolean }
  | { command: 'step'; step: number | 'next' | 'back' | 'first' | 'last' }
  | { command: 'play' }
  | { command: 'pause' }
  /** One step on while playing (the playback timer). */
  | { command: 'tick' }
  /** Autoplay's start, a moment after a new translation arrived (embed `autoplay=1`). */
  | { command: 'autoplay' }
  | { command: 'setLang'; lang: Lang }
  | { command: 'setGold'; gold: boolean }
  | { command: 'setTheme'; theme: Theme }
  | { command: 'setProjector'; projector: boolean }
  /** Flips a switch, or sets it to `on` when given. */
  | { command: 'toggle'; what: 'projector' | 'blank' | 'help'; on?: boolean }
  | { command: 'fullscreen' }
  /** The k-th example of the lesson (projector keys 1–9 and the lesson bar). */
  | { command: 'example'; index: number }
  | { command: 'hover'; cell: Cell }
  /** Pins a cell, or unpins it when it is the pinned one. */
  | { command: 'pin'; cell: Cell }
  /** The guided reading's section (1–6), one on or back, or null to leave it. */
  | { command: 'setRead'; section: number | 'next' | 'back' | null }
  /** The training timeline: run on the weights after this % of training (0–100; the nearest snapshot). */
  | { command: 'setSnapshot'; snapshot: number }
  | { command: 'playTimeline'; on: boolean }
  /** The timeline's playback moving on to the stop at `snapshot` % (it keeps playing, unlike `setSnapshot`). */
  | { command: 'timelineTick'; snapshot: number }
  | { command: 'setRule'; rule: RuleName }
  | { command: 'setBeta'; beta: number }
  /** Puts all of one step's attention on one source word, and decodes again from there. */
  | { command: 'force'; row: number; col: number }
  | { command: 'undoForce' }
  /** Back to the model's own α: learned rule, β = 1, nothing forced. */
  | { command: 'resetRule' }
  | { command: 'setLogScale'; on: boolean }
  /** Predict, then look: the exercise on or off (a fresh round either way). */
  | { command: 'setQuiz'; on: boolean }
  /** Predict: the learner picks source word `col` for the row being guessed. */
  | { command: 'guess'; col: number }
  /** Predict: show the row's α and the verdict on the guess. */
  | { command: 'reveal' }
  /** Predict: on to the next row once this one is revealed. */
  | { command: 'nextRow' }
  /** Predict: the next sentence of the challenge set, a fresh round. */
  | { command: 'tryAnother' }
  /** Opens Train live and starts training, or closes it (training pauses); flips it without `open`. */
  | { command: 'setLive'; open?: boolean }
  | { command: 'trainLive'; on: boolean }
  /** A new live run from `seed` (the current one when absent), paused at step 0. */
  | { command: 'resetLive'; seed?: number }
  | { command: 'setLiveText'; text: string }
  /** The runtime: translations of the sentence on screen arrived (only the models translated now). */
  | { command: 'tracesArrived'; traces: Partial<Record<Variant, Arrival>> }
  /** The runtime: the task's models are loading, ready (with each model's timeline) or failed. */
  | { command: 'loaded'; phase: LoadPhase; message?: string; stops?: Record<Variant, number[]> }
  /** The runtime: something the view needs failed to load — a translation (its snapshot's weights), the accuracy figures; the last good view stays. */
  | { command: 'failed'; message: string };
