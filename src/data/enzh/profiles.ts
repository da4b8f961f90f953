/**
 * How the en-zh corpus is sampled: weights for the grammar's choice points, one profile per length
 * bucket so that every bucket from 1–10 to 31–45 tokens is well filled. Weights shape the data only;
 * the parser accepts every option.
 */
import type { Weights } from '../sample';

interface Knobs {
  question: number; // share of yes/no questions
  clause: number; // chance of one more main clause
  common: number; // share of common-noun phrases (vs names and pronouns)
  adjective: number;
  relative: number;
  coordination: number;
  adjunct: number; // chance of each of manner, place, time
}

const profile =
  (k: Knobs): Weights =>
  (label, options) => {
    const n = options.length;
    const optional = (p: number) => [1 - p, ...Array<number>(n - 1).fill(p / (n - 1))];
    switch (label) {
      case 'sentence':
        return optional(k.question);
      case 'conj':
        return optional(k.clause);
      case 'np': // names, pronouns, then 'common'
        return options.map((o) => (o === 'common' ? k.common : (1 - k.common) / (n - 1)));
      case 'adj':
        return optional(k.adjective);
      case 'rel':
        return optional(k.relative);
      case 'coord':
        return optional(k.coordination);
      case 'manner':
      case 'place':
      case 'time':
        return optional(k.adjunct);
      case 'det': // the, a, an, two…five, possessor, bare
        return options.map((o) => (o === 'an' ? 0.3 : typeof o === 'object' ? 0.35 : 1));
      case 'end': // always write the final mark; the parser also accepts it missing
        return [1, 0];
      default:
        return undefined;
    }
  };

/** One profile per length bucket (1–10, 11–20, 21–30, 31–45). */
export const enzhProfiles: Weights[] = [
  profile({ question: 0.3, clause: 0.05, common: 0.35, adjective: 0.15, relative: 0.05, coordination: 0.08, adjunct: 0.15 }),
  profile({ question: 0.12, clause: 0.5, common: 0.55, adjective: 0.35, relative: 0.2, coordination: 0.12, adjunct: 0.35 }),
  profile({ question: 0.08, clause: 0.7, common: 0.6, adjective: 0.4, relative: 0.25, coordination: 0.15, adjunct: 0.4 }),
  profile({ question: 0, clause: 1, common: 0.75, adjective: 0.5, relative: 0.5, coordination: 0.2, adjunct: 0.6 }),
];
