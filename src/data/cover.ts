/**
 * Every word of the language in training. A sentence's chance of holding a word is set by the grammar's
 * choice points, so a sample of 120 000 en-zh@5 sentences held some of its words never (`stopping`,
 * `saying`, `warmer`) and hundreds fewer than ten times: the model would meet them first in a user's
 * sentence. `cover` writes, for each word seen fewer than `count` times, sentences that hold it: it takes
 * a training sentence, puts the word in place of one of its words of the same shape (`eating` →
 * `stopping`, `bigger` → `warmer`), and keeps the result if the grammar accepts it, with the grammar's
 * own translation and alignment; a word few such places take tries those of its kin, the words of its
 * shape whose other forms keep the same company (`raining` where `snowing` is). A word no try reaches is
 * left as it is (the grammar may never say it).
 */
import { check } from './check';
import type { Rng } from './rng';
import type { Example } from './sample';
import type { Task } from './tasks';

/** The endings a word is swapped by: a word takes the place of one with its ending (or, with none, of any word). */
const ENDINGS = ['ing', 'est', 'ed', 'er', 'ly', 's'] as const;
const endingOf = (word: string) => ENDINGS.find((e) => word.endsWith(e) && word.length > e.length + 1) ?? '';
const isWord = (token: string) => /^[a-z]/.test(token);
/** The stems a word with `ending` may have (`stopping` → stopp, stop, stoppe; `earlier` → earli, early). */
const stemsOf = (word: string, ending: string) => {
  const base = word.slice(0, word.length - ending.length);
  return [base, base.slice(0, -1), `${base}e`, `${base.slice(0, -1)}y`];
};

const BE = ['is', 'are', 'am', 'was', 'were'];
const AUXILIARIES: ReadonlySet<string> = new Set(['do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might']);

/** The sentence with `word` in place of its word at `at`. */
const swap = (source: readonly string[], at: number, word: string) => source.map((t, i) => (i === at ? word : t));

export interface Cover {
  /** Sentences holding each word, at least, where the grammar can say it. */
  count: number;
  /** Sentences tried per missing one before the word is given up. */
  tries: number;
}

/**
 * Sentences to add to `train` so that every word of `task.vocabulary` is in `count` of them; `keep` says
 * whether a new sentence may join (not too long, new, not held out) and records it. Deterministic for a
 * given `random`.
 */
export function cover(
  task: Task,
  train: readonly Example[],
  keep: (e: Example) => boolean,
  random: Rng,
  { count, tries }: Cover,
): { added: Example[]; unreached: string[] } {
  const seen = new Map<string, number>();
  const tally = (e: Example) => {
    for (const w of new Set(e.source)) seen.set(w, (seen.get(w) ?? 0) + 1);
  };
  train.forEach(tally);
  // Where each ending is inflectional (its stem is a word too: `eating`, not `morning`), by sentence and place.
  const inflected = new Map<string, [number, number][]>(ENDINGS.map((e) => [e, []]));
  train.forEach((e, n) =>
    e.source.forEach((t, i) => {
      const ending = endingOf(t);
      if (ending && stemsOf(t, ending).some((s) => task.vocabulary.has(s))) inflected.get(ending)!.push([n, i]);
    }),
  );
  const added: Example[] = [];
  const unreached: string[] = [];
  let around: Map<string, Set<string>> | undefined;
  const byWord = new Map<string, Map<string, [number, number][]>>();
  const families = new Map<string, Set<string>>();
  for (const word of [...task.vocabulary].filter(isWord).sort()) {
    const ending = endingOf(word);
    const places = ending && stemsOf(word, ending).some((s) => task.vocabulary.has(s)) ? inflected.get(ending)! : null;
    for (let left = tries; (seen.get(word) ?? 0) < count && left > 0; left--) {
      // An inflected word takes an inflected word's place; any other, any word's.
      let base: Example, at: number;
      if (places) {
        if (!places.length) break;
        const [n, i] = places[Math.floor(random() * places.length)]!;
        [base, at] = [train[n]!, i];
      } else {
        base = train[Math.floor(random() * train.length)]!;
        at = Math.floor(random() * base.source.length);
      }
      if (!isWord(base.source[at]!) || base.source[at] === word) continue;
      if (add(swap(base.source, at, word), word)) left = tries + 1; // reachable: each further sentence gets the full budget
    }
    // An inflected word few places take (`raining`: only `it` rains, and no sentence of 640 000 held it, nor
    // any of 300 -ing places tried at random): the places of its kin, the words of its ending whose other
    // forms keep the same company as its own (`snowing`: `it will not snow`, `did it snow ?`).
    if (places && (seen.get(word) ?? 0) < count)
      for (const kin of kinOf(word, ending)) {
        const at = placesOf(ending).get(kin)!;
        for (let left = tries; (seen.get(word) ?? 0) < count && left > 0; left--) {
          const [n, i] = at[Math.floor(random() * at.length)]!;
          if (add(swap(train[n]!.source, i, word), word)) left = tries + 1;
        }
      }
    // A progressive still short (`allowing`: its kin are verbs of other patterns): in place of one of its
    // verb's other forms, after a form of `be` put in or put for the auxiliary before it (`Jack allowed you
    // to go.` → `Jack was allowing you to go.`, `Did it rain?` → `Was it raining?`).
    if (ending === 'ing' && places && (seen.get(word) ?? 0) < count) {
      const forms = familyOf(word, ending);
      const holders: [number, number][] = [];
      train.forEach((e, n) => e.source.forEach((t, i) => forms.includes(t) && holders.push([n, i])));
      for (let left = tries; holders.length && (seen.get(word) ?? 0) < count && left > 0; left--) {
        const [n, i] = holders[Math.floor(random() * holders.length)]!;
        const source = train[n]!.source;
        const aux = source.findLastIndex((t, k) => k < i && k >= i - 3 && AUXILIARIES.has(t));
        const tried = BE.some(
          (be) =>
            add([...source.slice(0, i), be, word, ...source.slice(i + 1)], word) ||
            (aux >= 0 &&
              add(
                source.map((t, k) => (k === aux ? be : k === i ? word : t)),
                word,
              )),
        );
        if (tried) left = tries + 1;
      }
    }
    if (!seen.get(word)) unreached.push(word);
  }
  return { added, unreached };

  /** The words before and after each word in training, and the places of each inflected word by ending (built once, when needed). */
  function company(): Map<string, Set<string>> {
    if (!around) {
      around = new Map();
      for (const e of train)
        e.source.forEach((t, i) => {
          const s = around!.get(t) ?? around!.set(t, new Set()).get(t)!;
          s.add(`<${e.source[i - 1] ?? ''}`).add(`>${e.source[i + 1] ?? ''}`);
        });
    }
    return around;
  }
  function placesOf(ending: string): Map<string, [number, number][]> {
    let by = byWord.get(ending);
    if (!by) {
      byWord.set(ending, (by = new Map()));
      for (const [n, i] of inflected.get(ending)!) {
        const t = train[n]!.source[i]!;
        by.set(t, [...(by.get(t) ?? []), [n, i]]);
      }
    }
    return by;
  }
  /** A word's other forms: its stems and their -s, -es, -d, -ed. */
  function familyOf(word: string, ending: string): string[] {
    return stemsOf(word, ending)
      .filter((s) => task.vocabulary.has(s))
      .flatMap((s) => [s, `${s}s`, `${s}es`, `${s}d`, `${s}ed`])
      .filter((f) => f !== word);
  }
  /** The company of a word's other forms. */
  function familyCompany(word: string, ending: string): Set<string> {
    const known = families.get(word);
    if (known) return known;
    const c = company();
    const forms = familyOf(word, ending);
    const family = new Set(forms.flatMap((f) => [...(c.get(f) ?? [])]));
    families.set(word, family);
    return family;
  }
  /** The five words of `ending` in training whose other forms' company is most like `word`'s (Jaccard). */
  function kinOf(word: string, ending: string): string[] {
    const mine = familyCompany(word, ending);
    if (!mine.size) return [];
    const like = (other: Set<string>) => {
      let both = 0;
      for (const x of other) if (mine.has(x)) both++;
      return both / (mine.size + other.size - both || 1);
    };
    return [...placesOf(ending).keys()]
      .filter((k) => k !== word)
      .map((k) => [k, like(familyCompany(k, ending))] as const)
      .filter(([, score]) => score > 0)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 5)
      .map(([k]) => k);
  }

  /** Adds the sentence if the grammar accepts it and it holds `word` (with the grammar's translation and links). */
  function add(tokens: string[], word: string): boolean {
    const c = check(task, tokens.join(' '));
    if (c.kind !== 'ok') return false;
    const e: Example = { source: c.tokens.tokens, target: c.reference, links: c.links };
    if (!e.source.includes(word) || !keep(e)) return false;
    added.push(e);
    tally(e);
    return true;
  }
}
