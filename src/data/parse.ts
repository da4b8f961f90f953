import { fixedLeads, type Grammar, type Run, type Target } from './program';
import type { Reason } from './reason';

/** Why a token sequence is outside the language: where the search got furthest and what it wanted there. */
export interface Miss {
  /** Index of the first source token the grammar could not accept (= length when the input ended early). */
  at: number;
  /** Tokens that would have been accepted at `at`. */
  expected: string[];
  /** Broken constraints at `at`, one sentence each (e.g. a time word that disagrees with the tense). */
  reasons: Reason[];
}

export type Parse =
  | {
      ok: true;
      target: Target;
      /** Distinct translations found (1 unless the grammar is ambiguous; derivations that agree count once). */
      readings: number;
    }
  | { ok: false; miss: Miss };

/** A long option list under a fixed lead: each option's lead, and the options by their lead's first token. */
interface LeadIndex {
  leads: (readonly string[] | undefined)[];
  /** Options whose lead is unknown or empty: candidates whatever the input says. */
  always: number[];
  /** First token → options, in option order; the keys in the order the options first give them. */
  byFirst: Map<string, number[]>;
}

/** Shorter option lists are scanned: asking each option is cheaper than a lookup there. */
const INDEXED = 16;
const indexes = new WeakMap<object, WeakMap<readonly unknown[], LeadIndex>>();

function leadIndex<T>(options: readonly T[], lead: (o: T) => readonly string[] | undefined): LeadIndex {
  let byOptions = indexes.get(lead);
  if (!byOptions) indexes.set(lead, (byOptions = new WeakMap()));
  let index = byOptions.get(options);
  if (!index) {
    index = { leads: options.map(lead), always: [], byFirst: new Map() };
    index.leads.forEach((l, i) => {
      if (!l?.length) index!.always.push(i);
      else {
        const list = index!.byFirst.get(l[0]!);
        if (list) list.push(i);
        else index!.byFirst.set(l[0]!, [i]);
      }
    });
    byOptions.set(options, index);
  }
  return index;
}

/** Thrown to abandon one run of the grammar: a plain object, since an Error would record a stack trace each time. */
const FAIL = { fail: true } as const;
const END = '⟨end⟩';

/**
 * Parses `tokens` by searching the grammar's choices depth-first: each attempt replays the program with
 * the choices made so far, and the parser prunes options whose leading tokens disagree with the input.
 * Returns the first derivation (searching on for a second, different translation to detect ambiguity),
 * or the furthest miss. `indexLeads` is the fast path for long lists under a `fixedLead` (on by
 * default); off, every option is asked, which is the readable path and gives the very same result.
 */
export function parse(grammar: Grammar, tokens: readonly string[], options: SearchOptions = {}): Parse {
  return search(grammar, tokens, options, true);
}

/** Whether `parse` finds a derivation (within `maxRuns`), without keeping track of why not: cheaper on a miss. */
export function accepts(grammar: Grammar, tokens: readonly string[], options: SearchOptions = {}): boolean {
  return search(grammar, tokens, options, false).ok;
}

interface SearchOptions {
  maxReadings?: number;
  maxRuns?: number;
  indexLeads?: boolean;
}

function search(
  grammar: Grammar,
  tokens: readonly string[],
  { maxReadings = 2, maxRuns = 200_000, indexLeads = true }: SearchOptions,
  explain: boolean,
): Parse {
  const stack: { cands: number[]; k: number }[] = [];
  // The furthest point any run reached, what it wanted there and why it stopped (nothing noted unless explaining).
  let missAt = explain ? -1 : Infinity;
  // What the runs wanted at missAt, once each, in the order first wanted: tokens, and indexed lists that stand
  // for their options' first tokens but the input's (a list of 2 000 nouns is noted at each try; expanded at the end).
  let wants = new Set<string | LeadIndex>();
  let reasons: Reason[] = [];
  const note = (at: number, want: string | LeadIndex | null, reason: Reason | null) => {
    if (at < missAt) return;
    if (at > missAt) [missAt, wants, reasons] = [at, new Set(), []];
    if (want !== null) wants.add(want);
    if (reason !== null && !reasons.some((r) => r.en === reason.en)) reasons.push(reason);
  };
  /** Index into `lead` of its first token that disagrees with the input at `pos`, or -1. */
  const mismatch = (lead: readonly string[], pos: number) => {
    for (let i = 0; i < lead.length; i++) if (tokens[pos + i] !== lead[i]) return i;
    return -1;
  };

  let first: Target | undefined;
  const readings = new Set<string>();
  for (let runs = 0; runs < maxRuns; runs++) {
    let pos = 0;
    let depth = 0;
    const run: Run = {
      emit(token) {
        if (tokens[pos] !== token) {
          note(pos, token, null);
          throw FAIL;
        }
        return pos++;
      },
      pick(_label, options, lead) {
        if (depth === stack.length) {
          const cands: number[] = [];
          if (indexLeads && lead && options.length >= INDEXED && fixedLeads.has(lead)) {
            // The same candidates and notes as the scan below, without asking the options the input rules out.
            const index = leadIndex(options, lead);
            const { leads, always, byFirst } = index;
            const first = byFirst.get(tokens[pos]!) ?? [];
            for (let a = 0, b = 0; a < always.length || b < first.length;) {
              if (b === first.length || (a < always.length && always[a]! < first[b]!)) {
                cands.push(always[a++]!);
                continue;
              }
              const i = first[b++]!;
              const bad = mismatch(leads[i]!, pos);
              if (bad < 0) cands.push(i);
              else if (pos + bad >= missAt) note(pos + bad, leads[i]![bad]!, null);
            }
            // Every first token but the input's was wanted here (when there is one).
            if (pos >= missAt && byFirst.size > (byFirst.has(tokens[pos]!) ? 1 : 0)) note(pos, index, null);
          } else
            for (let i = 0; i < options.length; i++) {
              const l = lead?.(options[i]!);
              const bad = l ? mismatch(l, pos) : -1;
              if (bad < 0) cands.push(i);
              else if (pos + bad >= missAt) note(pos + bad, l![bad]!, null);
            }
          if (cands.length === 0) throw FAIL;
          stack.push({ cands, k: 0 });
        }
        const frame = stack[depth++]!;
        return options[frame.cands[frame.k]!]!;
      },
      need(ok, why) {
        if (!ok) {
          if (pos >= missAt) note(pos, null, why());
          throw FAIL;
        }
      },
    };
    try {
      const target = grammar(run);
      if (pos !== tokens.length) {
        note(pos, END, null);
        throw FAIL;
      }
      first ??= target;
      readings.add(target.map((l) => l.t).join(' '));
      if (readings.size >= maxReadings) break;
    } catch (e) {
      if (e !== FAIL) throw e;
    }
    // Backtrack: advance the deepest choice point that still has options left.
    stack.length = Math.min(stack.length, depth);
    while (stack.length > 0 && stack[stack.length - 1]!.k === stack[stack.length - 1]!.cands.length - 1) stack.pop();
    if (stack.length === 0) break;
    stack[stack.length - 1]!.k++;
  }
  if (first) return { ok: true, target: first, readings: readings.size };
  const expected = new Set<string>();
  for (const w of wants)
    if (typeof w === 'string') expected.add(w);
    else for (const t of w.byFirst.keys()) if (t !== tokens[missAt]) expected.add(t);
  const wanted = [...expected];
  return { ok: false, miss: { at: missAt, expected: wanted.filter((t) => t !== END).concat(expected.has(END) ? [END] : []), reasons } };
}

/** The marker `Miss.expected` uses for "the sentence could end here". */
export const END_OF_INPUT = END;
