/**
 * How the en-zh corpus is sampled: weights for the grammar's choice points, one profile per length
 * bucket. Short everyday sentences (greetings, `be`, questions, orders) fill the 1–10 bucket; the
 * longer buckets are mostly chained clauses, where the distracted model's lesson lies. Weights shape
 * the data only; the parser accepts every option.
 */
import type { Weights } from '../sample';
import { sentenceKinds } from './enzhGrammar';

interface Knobs {
  /** Weights of the sentence kinds, in grammar order: statement, does, do, did, will, be-question,
   * modal-question, wh, imperative, let, expression, opener. */
  kinds: number[];
  clause: number; // chance of one more main clause
  common: number; // share of common-noun phrases (vs names and pronouns)
  adjective: number;
  relative: number;
  coordination: number;
  adjunct: number; // chance of each of manner, place, time
  /** Weights of verb, be, modal predicates. */
  predicates: [number, number, number];
}

const profile =
  (k: Knobs): Weights =>
  (label, options) => {
    const n = options.length;
    const optional = (p: number) => [1 - p, ...Array<number>(n - 1).fill(p / (n - 1))];
    const byValue = (w: Record<string, number>, otherwise = 1) => options.map((o) => w[String(o)] ?? otherwise);
    switch (label) {
      case 'sentence': // v5 adds `conditional` (`If you are hungry, eat an apple.`) and `have`/`has` (`Have you eaten?`)
        return options.map((o) =>
          o === 'conditional'
            ? 0.04
            : o === 'have' || o === 'has' || o === 'tag'
              ? 0.015
              : o === 'called'
                ? 0.02
                : (k.kinds[sentenceKinds.indexOf(o as (typeof sentenceKinds)[number])] ?? 0),
        );
      case 'conj': // v5 adds `if` and `when`, after the first clause only
        return n > 5
          ? [
              ...optional(k.clause)
                .slice(0, 5)
                .map((w, i) => (i ? (w * (n - 1)) / 4 : w)),
              0.02,
              0.02,
            ]
          : optional(k.clause);
      case 'called-after': // v5: `Wake up, Tom.`
        return optional(0.05);
      case 'too': // v5: `I like it too.`, `I don't like it either.`
        return [0.97, 0.03, 0.03].slice(0, n);
      case 'then': // v5: `…, then I slept.`
        return [0.9, 0.1];
      case 'again': // v5: `Tom came again.`
      case 'together': // v5: `We ate together.`
      case 'been': // v5: `Have you been to Beijing?`
        return [0.9, 0.1];
      case 'please-after': // v5: `Sit down, please.`
      case 'modal-have': // v5: `You should've told me.`
        return [0.9, 0.1];
      case 'clock-half': // v5: `at half past three`
        return [0.85, 0.15];
      case 'or': // v5: `Do you want tea or coffee?`, drawn often: most objects can't be offered
      case 'reflexive': // v5: `I love myself.`, drawn often: few verbs and subjects take one
        return optional(0.4);
      case 'order-if':
        return [0.9, 0.05, 0.05];
      case 'np': {
        // names, pronouns, it, demonstratives, 'common', then (v5) quantifiers
        const quantifiers = options.filter((o) => typeof o === 'object' && o && ('quantifier' in o || 'possessive' in o)).length;
        return options.map((o) => {
          const other = (1 - k.common) / (n - 5 - quantifiers);
          if (o === 'common') return k.common;
          if (typeof o === 'object' && o && 'demonstrative' in o) return 0.02;
          if (typeof o === 'object' && o && 'quantifier' in o) return 0.25 * other; // v5: `nobody`, `everyone`, …
          if (typeof o === 'object' && o && 'possessive' in o) return 0.2 * other; // v5: `mine`, `yours`, …
          return (o as { pronoun?: { subj: string } }).pronoun?.subj === 'it' ? 3 * other : other;
        });
      }
      case 'verb': // the weather's verbs only ever follow `it`: drawn more often so they are seen enough
        return options.map((o) => (['rain', 'snow'].includes((o as { base?: string }).base ?? '') ? 10 : 1));
      case 'adj':
        return optional(k.adjective);
      case 'rel':
        return optional(k.relative);
      case 'coord':
        return optional(k.coordination);
      case 'manner':
      case 'time':
        return optional(k.adjunct);
      case 'manner-first': // v5: `Tom quickly ran home.`
        return optional(k.adjunct / 4);
      case 'place':
        return [1 - k.adjunct, k.adjunct];
      case 'frequency':
        return optional(0.06);
      case 'det': // the, a, an, two…ten, possessor, bare, one, some, this, that, these, those
        return options.map((o) =>
          o === 'an'
            ? 0.3
            : o === 'count' // v5: `twenty-one`, `a hundred`, `21`
              ? 0.15
              : o === 'one'
                ? 0.1
                : o === 'some'
                  ? 0.25
                  : typeof o === 'object'
                    ? 'quantity' in (o as object)
                      ? 0.06 // v5: `every`, `many`, `no`, …
                      : 0.12
                    : 1,
        );
      case 'clause':
        return [0.92, 0.08];
      case 'predicate': // v5 adds linking verbs (`You look happy.`), make + adjective, the present perfect
        return options.length > 3 ? [...k.predicates, 0.1, 0.03, 0.04] : k.predicates;
      case 'be':
        return byValue({
          adjective: 0.35,
          noun: 0.18,
          place: 0.15,
          ing: 0.3,
          going: 0.05,
          age: 0.03,
          for: 0.04,
          from: 0.03,
          about: 0.02,
          as: 0.05,
          clock: 0.03, // v5: `It's 3:30.`
        });
      case 'be-form': // affirmative forms three times as often as negated ones
        return options.map((o) => {
          const f = o as { negative?: boolean; en?: string[] };
          return f.negative === false && f.en?.[0] !== "'s" ? 3 : 1;
        });
      case 'complement':
        return byValue({ object: 0.55, alone: 0.25, destination: 0.1, to: 0.1, frame: 0.15, 'object-to': 0.04, dative: 0.06 });
      case 'modal-not':
      case 'dont':
        return [0.75, 0.25];
      case 'degree':
        return optional(0.35);
      case 'please':
      case 'vocative':
      case 'with': // v5
        return optional(0.2);
      case 'for': // v5
        return optional(0.25);
      case 'would-like':
      case 'years-old':
        return [0.5, 0.5];
      case 'be-there':
        return [0.85, 0.15];
      case 'there-place':
        return [0.4, 0.6];
      case 'imperative':
        return [0.85, 0.15];
      case 'place-kind': // prep, here, there, at home, at school, home, (v5) nearby, between
        return [0.55, 0.1, 0.1, 0.15, 0.1, 0.05, 0.03, 0.02].slice(0, n);
      case 'place-det': // the, school, my … their
        return options.map((o) => (o === 'the' ? 3 : o === 'bare' ? 0.5 : 0.3));
      case 'end': // the usual mark, `!` now and then; the parser also accepts it missing
        return options.map((o, i) => (o === null ? 0 : o === '!' ? 0.15 : i === 0 ? 1 : 0.15));
      default:
        return undefined;
    }
  };

const everyday = [0.26, 0.02, 0.04, 0.03, 0.03, 0.08, 0.06, 0.12, 0.1, 0.03, 0.16, 0.07];
const mostlyStatements = (q: number) => [1 - 4 * q - 0.1, q, q, q, q, 0.02, 0.02, 0.03, 0.015, 0.005, 0, 0.02];

/** One profile per length bucket (1–10, 11–20, 21–30, 31–45). */
export const enzhProfiles: Weights[] = [
  profile({
    kinds: everyday,
    clause: 0.05,
    common: 0.35,
    adjective: 0.15,
    relative: 0.05,
    coordination: 0.06,
    adjunct: 0.12,
    predicates: [0.45, 0.42, 0.13],
  }),
  profile({
    kinds: mostlyStatements(0.03),
    clause: 0.5,
    common: 0.55,
    adjective: 0.35,
    relative: 0.2,
    coordination: 0.12,
    adjunct: 0.35,
    predicates: [0.6, 0.28, 0.12],
  }),
  profile({
    kinds: mostlyStatements(0.02),
    clause: 0.7,
    common: 0.6,
    adjective: 0.4,
    relative: 0.25,
    coordination: 0.15,
    adjunct: 0.4,
    predicates: [0.65, 0.23, 0.12],
  }),
  profile({
    kinds: mostlyStatements(0),
    clause: 1,
    common: 0.75,
    adjective: 0.5,
    relative: 0.5,
    coordination: 0.2,
    adjunct: 0.6,
    predicates: [0.7, 0.18, 0.12],
  }),
];

/** Share of the training data from each length bucket: short everyday sentences are most of what people type. */
export const enzhBucketShares = [0.4, 0.2, 0.2, 0.2];
