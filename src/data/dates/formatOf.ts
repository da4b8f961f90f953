/**
 * Which row of the spec's format tables a date is written in, read off the grammar itself: the date
 * is parsed and the parse's own format choice is noted, so there is no second list of patterns.
 */
import { parse } from '../parse';
import type { Grammar, Run } from '../program';
import { dates, type Format } from './datesGrammar';

export interface Written {
  /** The table row (e.g. `compact, year first`). */
  format: string;
  /** The template within that row (e.g. `{yyyy}{mm}{dd}`). */
  template: string;
}

/**
 * The format and template of a date's source tokens, or null when the date is outside the language. A
 * date that two formats write alike (`25 may 2026`: `may` is its own short name) gets the first.
 */
export function formatOf(source: readonly string[]): Written | null {
  let format: Format | undefined;
  let template: string | undefined;
  const noting: Grammar = (r) => {
    const run: Run = {
      emit: r.emit,
      need: r.need,
      pick: (label, options, lead) => {
        const o = r.pick(label, options, lead);
        if (label === 'format') format = o as Format;
        if (label === 'template') template = o as string;
        return o;
      },
    };
    return dates(run);
  };
  // The search stops at its first derivation, so the choices noted last are that derivation's.
  const p = parse(noting, source, { maxReadings: 1 });
  return p.ok && format && template ? { format: format.name, template } : null;
}
