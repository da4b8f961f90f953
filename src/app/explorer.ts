/**
 * What the explorer shows, derived once from the view, the grammar's check and the two traces: the
 * step on screen, the highlighted cell, the reference, scores and gold links. Pure; every component
 * reads from here instead of re-deriving.
 */
import { readTokens, type Check } from '../data/check';
import type { Variant } from '../model/config';
import { tokenLabel } from '../data/vocab';
import { scoreSentence, type SentenceScore } from '../model/score';
import type { Cell } from '../viz/Heatmap';
import { goldAgreement, type GoldAgreement } from './gold';
import type { ScoredTrace as Trace } from './scores';
import { noCell, shownStep, type View } from './view';

export interface Explored {
  /** Source tokens the checker read (shown before any translation), and their labels. */
  sourceTokens: string[];
  sourceLabels: string[];
  /** Each model's trace of exactly these tokens (null while translating or when there is none). */
  attention: Trace | null;
  distracted: Trace | null;
  /** The trace the step controls walk: the distracted one in distracted mode, else attention's. */
  main: Trace | null;
  /** Output tokens of `main`; 0 when there is none. */
  total: number;
  /** Steps shown, 0…total, and the 0-based row being decoded (null before the first). */
  step: number;
  current: number | null;
  /** The pinned cell, else the hovered one — each part null when outside the sentence on screen. */
  highlight: Cell;
  /** The row the chips and translations light: the highlighted one, else the current step. */
  activeRow: number | null;
  /** The grammar's translation and word links, for sentences of the language. */
  reference: string[] | null;
  scores: Record<Variant, SentenceScore | null>;
  /** The gold overlay (attention, when asked for and the sentence is in the language). */
  gold: GoldAgreement | null;
  /** Output positions where the two models disagree. */
  differs: Set<number>;
  /** α of the active row over the source words, for the chips (attention rows already decoded). */
  chipWeights: number[] | null;
}

const within = (i: number | null, n: number) => (i !== null && Number.isInteger(i) && i >= 0 && i < n ? i : null);

export function explore(view: View, check: Check, traces: Partial<Record<Variant, Trace>>): Explored {
  const sourceTokens = readTokens(check);
  const key = sourceTokens.join('\u0000');
  const fresh = (t: Trace | undefined) => (t && t.source.join('\u0000') === key ? t : null);
  const attention = fresh(traces.attention);
  const distracted = fresh(traces.distracted);
  const main = view.mode === 'distracted' ? distracted : attention;
  const total = main?.tokens.length ?? 0;
  const step = shownStep(view, total);
  const current = step > 0 ? step - 1 : null;

  const rows = Math.max(attention?.tokens.length ?? 0, distracted?.tokens.length ?? 0);
  const wanted = view.pinned ?? view.hover;
  const highlight = { row: within(wanted.row, rows), col: within(wanted.col, sourceTokens.length) };
  const activeRow = highlight.row ?? current;

  const reference = check.kind === 'ok' ? check.reference : null;
  const score = (t: Trace | null) => (t && check.kind === 'ok' ? scoreSentence(t.tokens, t.alpha, check.reference, check.links) : null);
  const scores = { attention: score(attention), distracted: score(distracted) };
  const gold =
    view.gold && check.kind === 'ok' && attention && scores.attention
      ? goldAgreement(attention, check.reference, check.links, scores.attention)
      : null;

  const differs = new Set<number>();
  if (attention && distracted)
    for (let i = 0; i < Math.max(attention.tokens.length, distracted.tokens.length); i++)
      if (attention.tokens[i] !== distracted.tokens[i]) differs.add(i);

  const chipWeights =
    view.mode !== 'distracted' && attention?.alpha && activeRow !== null && activeRow < step ? (attention.alpha[activeRow] ?? null) : null;

  return {
    sourceTokens,
    sourceLabels: sourceTokens.map(tokenLabel),
    attention,
    distracted,
    main,
    total,
    step,
    current,
    highlight: highlight.row === null && highlight.col === null ? noCell : highlight,
    activeRow,
    reference,
    scores,
    gold,
    differs,
    chipWeights,
  };
}
