/** Why a sentence is outside the language, said in both UI languages (the grammar's and the checker's words). */
export interface Reason {
  en: string;
  zh: string;
}

/** A word as typed, in curly quotes (both languages use them). */
export const quote = (s: string) => `“${s}”`;
