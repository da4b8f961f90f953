/**
 * The article's soft-attention example next to the running model: the row of 杰瑞 in the model's α,
 * each source word with the model's weight and the article's illustrative one (Tom 0.3, chase 0.2,
 * Jerry 0.5; none for a word the article's sentence doesn't have, such as the final mark).
 */

/** The article's made-up weights for writing 杰瑞 from “Tom chase Jerry”, by source word. */
export const articleWeights: Readonly<Record<string, number>> = { tom: 0.3, chase: 0.2, jerry: 0.5 };

/** The output word whose row the article illustrates. */
export const ARTICLE_TARGET = '杰瑞';

export interface ArticleRow {
  /** 0-based row of 杰瑞 in the model's output. */
  row: number;
  words: { word: string; model: number; article: number | null }[];
  /** The source word with the largest weight, and that weight. */
  top: { word: string; weight: number };
}

/** `chased`, `chases` and `chase` are the article's `chase`. */
const articleWord = (w: string) => (/^chase[sd]?$/.test(w.toLowerCase()) ? 'chase' : w.toLowerCase());

/** The comparison, or null when the model wrote no 杰瑞 (or has no α). */
export function articleRow(
  source: readonly string[],
  target: readonly string[],
  alpha: readonly (readonly number[])[] | null,
): ArticleRow | null {
  const row = target.indexOf(ARTICLE_TARGET);
  const weights = row >= 0 ? alpha?.[row] : undefined;
  if (!weights) return null;
  const words = source.map((word, j) => ({ word, model: weights[j] ?? 0, article: articleWeights[articleWord(word)] ?? null }));
  const best = words.reduce((a, b) => (b.model > a.model ? b : a));
  return { row, words, top: { word: best.word, weight: best.model } };
}
