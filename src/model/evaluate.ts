/**
 * Accuracy of a model on a split: exact match and token accuracy, overall and per length bucket, and
 * for attention models the alignment agreement — the share of output tokens whose largest α_ij falls
 * on a source token the grammar links them to, and α's sharpness, its mean row entropy. Runs in Node (npm run eval) and in the browser.
 */
import type { Example } from '../data/sample';
import { bucketOf, buckets } from '../data/tasks';
import type { Model } from './model';
import { scoreSentence } from './score';
import { translateBatch } from './translateBatch';

export interface Score {
  sentences: number;
  exact: number;
  tokenAccuracy: number;
  /** null for the distracted model (no α) or when nothing was aligned. */
  alignment: number | null;
  /**
   * α's sharpness: the mean over output tokens of −Σ_j α_ij ln α_ij, in nats (0: all on one word; ln T_x:
   * spread evenly). null for the distracted model.
   */
  entropy: number | null;
}

export interface Metrics extends Score {
  /** One score per length bucket (1–10, 11–20, 21–30, 31–45); null where the split has none. */
  byLength: (Score | null)[];
  /** One score per input format when `formatOf` was given (dates), in order of first appearance in the split. */
  byFormat?: Record<string, Score>;
  /** With `byWord`: for each source word, the sentences holding it and those where it came out right (wordsRight). */
  byWord?: Record<string, { sentences: number; right: number }>;
}

/**
 * Which source words of `ex` came out right in `tokens`: a word is right when every target token the
 * grammar links to it is in the output (as often as in the reference); a word linked to nothing (`the`,
 * `does`) is right when the whole sentence is.
 */
export function wordsRight(ex: Example, tokens: readonly string[]): boolean[] {
  const exact = tokens.length === ex.target.length && tokens.every((t, i) => t === ex.target[i]);
  const have = new Map<string, number>();
  for (const t of tokens) have.set(t, (have.get(t) ?? 0) + 1);
  return ex.source.map((_, j) => {
    const linked = ex.target.filter((_, i) => ex.links[i]!.includes(j));
    if (!linked.length) return exact;
    const need = new Map<string, number>();
    for (const t of linked) need.set(t, (need.get(t) ?? 0) + 1);
    return [...need].every(([t, n]) => (have.get(t) ?? 0) >= n);
  });
}

interface Tally {
  sentences: number;
  exact: number;
  tokens: number;
  correctTokens: number;
  aligned: number;
  agreeing: number;
  /** α rows seen and the sum of their entropies. */
  rows: number;
  entropy: number;
}
const tally = (): Tally => ({ sentences: 0, exact: 0, tokens: 0, correctTokens: 0, aligned: 0, agreeing: 0, rows: 0, entropy: 0 });
const score = (t: Tally): Score => ({
  sentences: t.sentences,
  exact: t.exact / t.sentences,
  tokenAccuracy: t.correctTokens / t.tokens,
  alignment: t.aligned ? t.agreeing / t.aligned : null,
  entropy: t.rows ? t.entropy / t.rows : null,
});

/** −Σ_j α_j ln α_j of one row (0 ln 0 = 0). */
export const rowEntropy = (row: readonly number[]) => row.reduce((sum, a) => (a > 0 ? sum - a * Math.log(a) : sum), 0);

export async function evaluate(
  model: Model,
  examples: readonly Example[],
  {
    batchSize = 200,
    onProgress = (_done: number) => {},
    formatOf,
    byWord = false,
  }: { batchSize?: number; onProgress?: (done: number) => void; formatOf?: (ex: Example) => string; byWord?: boolean } = {},
): Promise<Metrics> {
  const words = new Map<string, { sentences: number; right: number }>();
  const all = tally();
  const per = buckets.map(tally);
  const formatNames = formatOf ? examples.map(formatOf) : [];
  const formats = new Map(formatNames.map((name) => [name, tally()]));
  // Sort by length so each batch pads little; the order of examples doesn't change the scores.
  const order = examples.map((_, i) => i).sort((a, b) => examples[a]!.source.length - examples[b]!.source.length);
  for (let start = 0; start < order.length; start += batchSize) {
    const indices = order.slice(start, start + batchSize);
    const batch = indices.map((i) => examples[i]!);
    const results = await translateBatch(
      model,
      batch.map((e) => e.source),
      Math.max(...batch.map((e) => e.target.length)) + 5,
    );
    batch.forEach((ex, k) => {
      const { tokens, alpha } = results[k]!;
      const b = bucketOf(ex.source.length);
      const one = scoreSentence(tokens, alpha, ex.target, ex.links);
      const entropy = alpha ? alpha.reduce((sum, row) => sum + rowEntropy(row), 0) : 0;
      if (byWord) {
        const right = wordsRight(ex, tokens);
        const seen = new Map<string, boolean>(); // a word twice in one sentence counts once: right if right both times
        ex.source.forEach((w, j) => seen.set(w, (seen.get(w) ?? true) && right[j]!));
        for (const [w, ok] of seen) {
          const t = words.get(w) ?? { sentences: 0, right: 0 };
          words.set(w, { sentences: t.sentences + 1, right: t.right + (ok ? 1 : 0) });
        }
      }
      const into = [all, per[b], formats.get(formatNames[indices[k]!] ?? '')].filter((t) => t !== undefined);
      for (const t of into) {
        t.sentences++;
        t.exact += one.exact ? 1 : 0;
        t.tokens += one.tokens;
        t.correctTokens += one.correctTokens;
        t.aligned += one.aligned;
        t.agreeing += one.agreeing;
        t.rows += alpha?.length ?? 0;
        t.entropy += entropy;
      }
    });
    onProgress(Math.min(start + batchSize, order.length));
  }
  const byLength = per.map((t) => (t.sentences ? score(t) : null));
  return {
    ...score(all),
    byLength,
    ...(formatOf && { byFormat: Object.fromEntries([...formats].map(([name, t]) => [name, score(t)])) }),
    ...(byWord && { byWord: Object.fromEntries([...words].sort(([a], [b]) => (a < b ? -1 : 1))) }),
  };
}
