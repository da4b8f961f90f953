/** Levenshtein edit distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
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
