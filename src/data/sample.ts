import type { Grammar, Run, Target } from './program';
import { drawIndex, type Rng } from './rng';

/** Relative weights for the options of a choice point; undefined means uniform. */
export type Weights = (label: string, options: readonly unknown[]) => readonly number[] | undefined;

/** A generated example: source tokens, target tokens and the gold alignment. */
export interface Example {
  source: string[];
  target: string[];
  /** links[i] = indices of the source tokens target token i is aligned to. */
  links: number[][];
}

/** Thrown to abandon a draw: a plain object, since an Error would record a stack trace each time. */
const REJECT = { reject: true } as const;

/**
 * Samples one sentence of the language: runs the grammar with random choices. When a constraint
 * breaks, it keeps the choices made before and redraws the latest ones — further back the more often
 * it fails — so long sentences, which meet many constraints, are not starved by whole restarts.
 */
export function sample(grammar: Grammar, random: Rng, weights: Weights = () => undefined): Example {
  const trail: number[] = [];
  let failures = 0; // since the last time the program got further than ever before
  let furthest = 0;
  for (;;) {
    const source: string[] = [];
    let depth = 0;
    const run: Run = {
      emit: (token) => source.push(token) - 1,
      pick: (label, options) => {
        if (depth === trail.length) {
          const w = weights(label, options);
          trail.push(w ? drawIndex(random, w) : Math.floor(random() * options.length));
        }
        return options[trail[depth++]!]!;
      },
      need: (ok) => {
        if (!ok) throw REJECT;
      },
    };
    let target: Target;
    try {
      target = grammar(run);
    } catch (e) {
      if (e !== REJECT) throw e;
      if (depth > furthest) [furthest, failures] = [depth, 0];
      trail.length = Math.max(0, depth - 1 - Math.floor(failures++ / 8));
      continue;
    }
    return { source, target: target.map((l) => l.t), links: target.map((l) => l.from) };
  }
}
