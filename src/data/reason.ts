/** Why a sentence is outside the language, said in both UI languages (the grammar's and the checker's words). */
export interface Reason {
  en: string;
  zh: string;
  /**
   * For a reason the grammar gives before it reads what the reason is about (`“want” needs an object.`
   * is checked where an object would begin): whether it is true of the word the search stopped at
   * (undefined: the end of the input). Where it is not (`I want more water.` stopped at `more`), the
   * checker says where it stopped instead. The checker drops the field from what it returns.
   */
  holdsAt?: (word: string | undefined) => boolean;
}

/** A word as typed, in curly quotes (both languages use them). */
export const quote = (s: string) => `“${s}”`;
