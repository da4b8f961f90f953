import type { Weights } from '../sample';
import { FIRST_YEAR, LAST_YEAR, type Numeral } from './datesGrammar';

/**
 * How the dates corpus is sampled: the 28 formats of datesGrammar.ts with equal weight, and the templates of a
 * format alike (the grammar's default: about 5 % of the data per format), years only in 1900–2099,
 * and a day or month below 10 as likely as any other (half with a leading zero, half without; the
 * compact forms' two-digit fields always have one).
 */
export const datesProfile: Weights = (label, options) => {
  let w = cache.get(options);
  if (!w) {
    const numerals = options as Numeral[];
    if (label === '{yyyy}') w = numerals.map((o) => (o.value >= FIRST_YEAR && o.value <= LAST_YEAR ? 1 : 0));
    else if (label === '{d}' || label === '{m}') w = numerals.map((o) => (o.value < 10 ? 0.5 : 1));
    else return undefined;
    cache.set(options, w);
  }
  return w;
};
const cache = new WeakMap<readonly unknown[], number[]>();
