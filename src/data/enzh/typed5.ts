/**
 * Version 5 reads what people type (docs/language.md, "What people type"): titles before a surname
 * (`Mr. Smith` → 史密斯 先生), `had better` (`You'd better go.` → 你 最好 走 。) and `should have` + a
 * participle (`You should've told me.` → 你 本来 应该 告诉 我 的 。). The tokenizer's side is in
 * enzhTokenize.ts. Chosen by us, from no corpus.
 */

/** A title and its Chinese, which follows the surname (史密斯 先生). */
export interface Title {
  en: string;
  zh: string;
}
export const titles5: Title[] = [
  { en: 'mr.', zh: '先生' },
  { en: 'mrs.', zh: '太太' },
  { en: 'ms.', zh: '女士' },
  { en: 'dr.', zh: '医生' },
];

/** Surnames that follow a title: a few English ones, said as Chinese transliterates them, and a few Chinese ones. */
export const surnames5: [string, string][] = [
  ['smith', '史密斯'],
  ['brown', '布朗'],
  ['jones', '琼斯'],
  ['miller', '米勒'],
  ['wang', '王'],
  ['li', '李'],
  ['zhang', '张'],
  ['chen', '陈'],
];

/** `had better` (`You'd better go.` → 你 最好 走 。, `You'd better not go.` → 你 最好 别 走 。): a modal after its subject. */
export const hadBetter5 = { en: 'had', zh: '最好', not: '最好 别' };

/**
 * A modal + `have` + a participle: what should or could have been (`You should've told me.` → 你 本来 应该
 * 告诉 我 的 。, `We could have won.` → 我们 本来 可以 赢 的 。). `could not have` says it was impossible,
 * another sense: only `should` is negated (本来 不 应该 … 的).
 */
export const modalPerfects5: Readonly<Record<string, { zh: string; not: string | null }>> = {
  should: { zh: '应该', not: '不 应该' },
  could: { zh: '可以', not: null },
};

/** Expressions people type whole (`How're you doing?` → 你 最近 怎么样 ？, `What'll we do?` → 我们 该 怎么 办 ？). */
export const typedExpressions5: { en: string; zh: string; mark: '.' | '?' | '!'; opener: boolean }[] = [
  { en: 'how are you doing', zh: '你 最近 怎么样', mark: '?', opener: false },
  { en: 'what will we do', zh: '我们 该 怎么 办', mark: '?', opener: false },
];
