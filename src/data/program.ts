/**
 * A task's grammar is written once, as a nondeterministic program over a `Run`. The same program is
 * *sampled* to generate a corpus (sample.ts) and *searched* against a typed sentence to parse it
 * (parse.ts): one description of the language serves both directions, so they cannot drift.
 *
 * The program emits source tokens in source order and returns the target tokens, each linked to the
 * source tokens it came from (the gold alignment).
 */

import type { Reason } from './reason';

/** One target token and the indices of the source tokens it is aligned to. */
export interface Linked {
  t: string;
  from: number[];
}

/** A piece of target text under construction. */
export type Target = Linked[];

export interface Run {
  /** Emits one source token and returns its index. While parsing, fails unless the input has it here. */
  emit(token: string): number;
  /**
   * Chooses one of `options`. `lead(o)`, when given, returns the source tokens option `o` emits
   * straight away (or undefined if it can't tell); the parser skips options that disagree with the
   * input. `label` names the choice point so the sampler can weight it.
   */
  pick<T>(label: string, options: readonly T[], lead?: (o: T) => readonly string[] | undefined): T;
  /** A constraint of the language. `why` tells a user, in one sentence per UI language, what broke it. */
  need(ok: boolean, why: () => Reason): void;
}

export type Grammar = (run: Run) => Target;

type Lead<T> = (o: T) => readonly string[] | undefined;
/** The leads declared with `fixedLead`. */
export const fixedLeads = new WeakSet<Lead<never>>();

/**
 * Declares that `lead` depends on its option alone (not on what the run chose before), so the parser may
 * index a long option list by its options' first tokens once and look the input's token up, instead of
 * asking each of 2 000 nouns at every try. Declare it once, outside any run of the grammar.
 */
export function fixedLead<T>(lead: Lead<T>): Lead<T> {
  fixedLeads.add(lead as Lead<never>);
  return lead;
}

/** Target tokens from the source tokens `from`. */
export const out = (from: number[], ...tokens: string[]): Target => tokens.map((t) => ({ t, from }));
