/** Levenshtein edit distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  if (a === '') return b.length; // every letter of b inserted (the checker asks this of every expected word at the end of a prefix)
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Edits between two spellings as typing makes them: an insertion, deletion, substitution, or a swap of
 * two neighbouring letters (`teh` → `the`) each count one (optimal string alignment distance).
 */
export function typoDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}

/** Up to `n` words of `vocabulary` nearest to `word`, nearest first (ties in vocabulary order). */
export function nearest(word: string, vocabulary: Iterable<string>, n = 3): string[] {
  const limit = Math.max(1, Math.min(3, Math.floor(word.length / 2)));
  return [...vocabulary]
    .map((w) => ({ w, d: editDistance(word, w) }))
    .filter(({ d }) => d <= limit)
    .sort((a, b) => a.d - b.d)
    .slice(0, n)
    .map(({ w }) => w);
}
