/**
 * Accuracy of a model on a split: exact match and token accuracy, overall and per length bucket, and
 * for attention models the alignment agreement — the share of output tokens whose largest α_ij falls
 * on a source token the grammar links them to. Runs in Node (npm run eval) and in the browser.
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
}

export interface Metrics extends Score {
  /** One score per length bucket (1–10, 11–20, 21–30, 31–45); null where the split has none. */
  byLength: (Score | null)[];
  /** One score per input format when `formatOf` was given (dates), in order of first appearance in the split. */
  byFormat?: Record<string, Score>;
}

interface Tally {
  sentences: number;
  exact: number;
  tokens: number;
  correctTokens: number;
  aligned: number;
  agreeing: number;
}
const tally = (): Tally => ({ sentences: 0, exact: 0, tokens: 0, correctTokens: 0, aligned: 0, agreeing: 0 });
const score = (t: Tally): Score => ({
  sentences: t.sentences,
  exact: t.exact / t.sentences,
  tokenAccuracy: t.correctTokens / t.tokens,
  alignment: t.aligned ? t.agreeing / t.aligned : null,
});

export async function evaluate(
  model: Model,
  examples: readonly Example[],
  {
    batchSize = 200,
    onProgress = (_done: number) => {},
    formatOf,
  }: { batchSize?: number; onProgress?: (done: number) => void; formatOf?: (ex: Example) => string } = {},
): Promise<Metrics> {
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
      const into = [all, per[b], formats.get(formatNames[indices[k]!] ?? '')].filter((t) => t !== undefined);
      for (const t of into) {
        t.sentences++;
        t.exact += one.exact ? 1 : 0;
        t.tokens += one.tokens;
        t.correctTokens += one.correctTokens;
        t.aligned += one.aligned;
        t.agreeing += one.agreeing;
      }
    });
    onProgress(Math.min(start + batchSize, order.length));
  }
  const byLength = per.map((t) => (t.sentences ? score(t) : null));
  if (!formatOf) return { ...score(all), byLength };
  return { ...score(all), byLength, byFormat: Object.fromEntries([...formats].map(([name, t]) => [name, score(t)])) };
}
