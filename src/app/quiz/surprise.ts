/**
 * Why a row surprised the learner, where the grammar knows it: the gold links of the reference say
 * whether the output word translates no source word (a function word such as 了, 的, 吗), two or more,
 * or one moved ahead of words that came before it in the source. Pure.
 */

export type SurpriseReason = 'function-word' | 'two-words' | 'reordered';

/**
 * The reason for row `row` of a translation, from the reference and its links (`links[i]`: the source
 * positions reference word i translates). Null when the grammar cannot say: the model's word differs
 * from the reference's there, or it is a plain one-to-one word in source order.
 */
export function surpriseReason(
  row: number,
  tokens: readonly string[],
  reference: readonly string[],
  links: readonly (readonly number[])[],
): SurpriseReason | null {
  const link = links[row];
  if (!link || tokens[row] !== reference[row]) return null;
  if (link.length === 0) return 'function-word';
  if (link.length >= 2) return 'two-words';
  const j = link[0]!;
  // Moved ahead: it is written before a word whose source word came earlier (time and place before the verb, a year first).
  const movedAhead = links.slice(row + 1).some((other) => other.some((jj) => jj < j));
  return movedAhead ? 'reordered' : null;
}
