/**
 * The one way the view changes: every button, key, timer tick and host message is a `ViewCommand`,
 * and `reduceView` is the only code that turns one into a new view. Pure: no React, no DOM, no model.
 *
 * The embed protocol's `Command` union is the list of actions a host page may ask for; the app adds
 * the ones only its own controls have (hover and pin, projector keys, the playback tick, …).
 */
import { modes, type Command } from '../embed/protocol';
import type { Cell } from '../viz/Heatmap';
import { initialLab, reduceLab, type LabCommand, type LabView } from './labView';
import { lesson } from './lesson';
import { readSections, sectionAfter } from './read/sections';
import { defaultText, type Theme, type ViewState } from './urlState';

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
  /** Timeline playback, attention rule, forced cells, log scale (labView.ts). */
  lab: LabView;
}

export type ViewCommand =
  | Command
  | { command: 'step'; step: 'first' | 'last' }
  /** One step on while playing (the playback timer). */
  | { command: 'tick' }
  | { command: 'setGold'; gold: boolean }
  | { command: 'setTheme'; theme: Theme }
  | { command: 'setProjector'; projector: boolean }
  /** Flips a switch, or sets it to `on` when given. */
  | { command: 'toggle'; what: 'projector' | 'blank' | 'help'; on?: boolean }
  | { command: 'cycleMode' }
  /** The k-th example of the lesson (projector keys 1–9 and the lesson bar). */
  | { command: 'example'; index: number }
  | { command: 'hover'; cell: Cell }
  /** Pins a cell, or unpins it when it is the pinned one. */
  | { command: 'pin'; cell: Cell }
  | LabCommand;

export const noCell: Cell = { row: null, col: null };

export const initialView = (shared: ViewState): View => ({
  ...shared,
  playing: false,
  hover: noCell,
  pinned: null,
  blank: false,
  help: false,
  lab: initialLab,
});

/** The step on screen: `view.step` within [0, total] (null = the whole translation). */
export const shownStep = (view: Pick<View, 'step'>, total: number) => Math.min(view.step ?? total, total);

const clampStep = (i: number, total: number) => Math.max(1, Math.min(total, i));

/**
 * A new sentence (typed, sent by the host, a new task or a lesson example): shown whole, not playing,
 * nothing hovered or pinned — those cells belonged to the old sentence's heatmap.
 */
const newSentence = (view: View, patch: Partial<View>): View => ({
  ...view,
  hover: noCell,
  pinned: null,
  playing: false,
  step: null,
  lab: { ...view.lab, forced: [] }, // forced cells belonged to the old sentence's decoding
  ...patch,
});

const sameCell = (a: Cell | null, b: Cell) => !!a && a.row === b.row && a.col === b.col;

/**
 * The view after `command`. `total` is the number of output tokens of the translation on screen
 * (0 while there is none): steps are clamped to it.
 */
export function reduceView(view: View, command: ViewCommand, total: number): View {
  const step = shownStep(view, total);
  switch (command.command) {
    case 'setText':
      return newSentence(view, { text: command.text });
    case 'setTask':
      return newSentence(view, { task: command.task, text: defaultText[command.task] });
    case 'example': {
      const s = lesson[command.index];
      return s ? newSentence(view, { task: s.task, text: s.text, mode: s.mode, step: 1 }) : view;
    }
    case 'setMode':
      return { ...view, mode: command.mode };
    case 'cycleMode':
      return { ...view, mode: modes[(modes.indexOf(view.mode) + 1) % modes.length]! };
    case 'step': {
      const to = { next: step + 1, back: step - 1, first: 1, last: total }[String(command.step)] ?? Number(command.step);
      return { ...view, playing: false, step: clampStep(to, total) };
    }
    case 'play':
      // From the start when the whole translation is already shown.
      return { ...view, playing: true, step: step >= total ? 1 : view.step };
    case 'pause':
      return { ...view, playing: false };
    case 'tick':
      if (!view.playing) return view;
      return step >= total ? { ...view, playing: false } : { ...view, step: step + 1, playing: step + 1 < total };
    case 'setRead': {
      if (command.section === null) return { ...view, read: null };
      const n = sectionAfter(view.read, command.section);
      if (n === view.read) return view;
      // Each section opens on its own sentence, model and step: what was tried in the last one stays there.
      const s = readSections[n - 1]!;
      return newSentence(view, { read: n, task: 'en-zh', text: s.text, mode: s.mode, step: s.step });
    }
    case 'setLang':
      return { ...view, lang: command.lang };
    case 'setGold':
      return { ...view, gold: command.gold };
    case 'setTheme':
      return { ...view, theme: command.theme };
    case 'setProjector':
      return command.projector ? { ...view, projector: true } : { ...view, projector: false, blank: false, help: false };
    case 'toggle': {
      const on = command.on ?? !view[command.what];
      if (command.what === 'projector') return reduceView(view, { command: 'setProjector', projector: on }, total);
      return { ...view, [command.what]: on };
    }
    case 'hover':
      return { ...view, hover: command.cell };
    case 'pin':
      return { ...view, pinned: sameCell(view.pinned, command.cell) ? null : command.cell };
    default:
      return reduceLab(view, command);
  }
}
