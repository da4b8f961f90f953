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

/**
 * Whether `parse` finds a derivation (within `maxRuns`), without keeping track of why not: cheaper on a
 * miss. It also reuses the last search of the grammar (see `Choice`): the checker's repairs try the typed
 * words with one or two more, and what a run did while it read only typed words, it does again.
 */
export function accepts(grammar: Grammar, tokens: readonly string[], options: SearchOptions = {}): boolean {
  return search(grammar, tokens, options, false).ok;
}

interface SearchOptions {
  maxReadings?: number;
  maxRuns?: number;
  indexLeads?: boolean;
  /** Run every run of the grammar, neither replaying the last search's record nor leaving one (the readable path; the same result). */
  fresh?: boolean;
}

/**
 * A choice point as a search met it. A run is a function of its choices and of the input tokens it reads,
 * so a run that read only positions before `seen`'s bound does the same on any input that shares those
 * tokens: its candidates, its next choice, its end.
 */
interface Choice {
  cands: number[];
  /** The furthest input position read on the way here, this choice's own look at the input included. */
  seen: number;
  /** By candidate (k): the next choice of the run that took it, or the furthest position that run read before it ended. */
  next: Step[];
}
type Step = Choice | number | undefined;

/** The last search of each grammar: its input and its record, for `accepts` to replay from. */
const records = new WeakMap<Grammar, { tokens: readonly string[]; root: Step }>();

function search(
  grammar: Grammar,
  tokens: readonly string[],
  { maxReadings = 2, maxRuns = 200_000, indexLeads = true, fresh = false }: SearchOptions,
  explain: boolean,
): Parse {
  /** The choice points of the current run, each with its record and the last search's record of it (when still true here). */
  const stack: { cands: number[]; k: number; choice: Choice; old: Choice | undefined }[] = [];
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
  // The furthest input position the current run has read.
  let seen = -1;
  /** Index into `lead` of its first token that disagrees with the input at `pos`, or -1. */
  const mismatch = (lead: readonly string[], pos: number) => {
    for (let i = 0; i < lead.length; i++)
      if (tokens[pos + i] !== lead[i]) {
        if (pos + i > seen) seen = pos + i;
        return i;
      }
    if (pos + lead.length - 1 > seen) seen = pos + lead.length - 1;
    return -1;
  };

  // This search's record, and the last one's where it still holds: for runs that read only the first `same` tokens.
  let root: Step;
  const last = explain || fresh ? undefined : records.get(grammar);
  let same = 0;
  if (last) while (same < tokens.length && same < last.tokens.length && tokens[same] === last.tokens[same]) same++;
  const holds = (step: Step): step is Choice | number => step !== undefined && (typeof step === 'number' ? step : step.seen) < same;
  /** What the last search's run did after the choice on top of the stack (undefined where its record no longer holds). */
  const lastStep = (): Step =>
    stack.length === 0 ? (last ? last.root : undefined) : stack[stack.length - 1]!.old?.next[stack[stack.length - 1]!.k];
  /** Records what this run did after the choice on top of the stack. */
  const record = (step: Step) => {
    if (stack.length === 0) root = step;
    else stack[stack.length - 1]!.choice.next[stack[stack.length - 1]!.k] = step;
  };

  let first: Target | undefined;
  const readings = new Set<string>();
  for (let runs = 0; runs < maxRuns; runs++) {
    // A run that reads only tokens this input shares with the last search's ends as it ended there, in a
    // failure (a success reads up to the end of its input): its choices are taken from the record, not run.
    let step = lastStep();
    while (holds(step) && typeof step === 'object') {
      const choice: Choice = { cands: step.cands, seen: step.seen, next: [] };
      record(choice);
      stack.push({ cands: step.cands, k: 0, choice, old: step });
      step = step.next[0];
    }
    let depth = stack.length;
    if (holds(step)) record(step);
    else {
      let pos = 0;
      depth = 0;
      seen = -1;
      const run: Run = {
        emit(token) {
          if (pos > seen) seen = pos;
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
              if (pos > seen) seen = pos;
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
            const choice: Choice = { cands, seen, next: [] };
            const old = lastStep();
            record(choice);
            stack.push({ cands, k: 0, choice, old: holds(old) && typeof old === 'object' ? old : undefined });
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
        // Whether the input ends here is a look at position `pos`.
        if (pos > seen) seen = pos;
        if (pos !== tokens.length) {
          note(pos, END, null);
          throw FAIL;
        }
        record(seen);
        first ??= target;
        readings.add(target.map((l) => l.t).join(' '));
        if (readings.size >= maxReadings) break;
      } catch (e) {
        if (e !== FAIL) throw e;
        stack.length = Math.min(stack.length, depth);
        record(seen);
      }
    }
    // Backtrack: advance the deepest choice point that still has options left.
    stack.length = Math.min(stack.length, depth);
    while (stack.length > 0 && stack[stack.length - 1]!.k === stack[stack.length - 1]!.cands.length - 1) stack.pop();
    if (stack.length === 0) break;
    stack[stack.length - 1]!.k++;
  }
  if (!fresh) records.set(grammar, { tokens: [...tokens], root });
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
