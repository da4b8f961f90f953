/** English tokens for en-zh: lower-cased words, `'s` split off, contractions expanded, `.`/`?` as tokens. */

/** Tokens and, for each, the span of the original text it came from (for marking words in the UI). */
export interface Tokens {
  tokens: string[];
  spans: [number, number][];
}

const contractions: Record<string, string[]> = {
  "doesn't": ['does', 'not'],
  "didn't": ['did', 'not'],
  "won't": ['will', 'not'],
  "don't": ['do', 'not'],
};

export function tokenizeEnglish(text: string): Tokens {
  const tokens: string[] = [];
  const spans: [number, number][] = [];
  // A word (with an optional apostrophe part), a lone `'s`, or any other single visible character.
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?|['’]s\b|\S/gu)) {
    const start = m.index;
    const word = m[0].toLowerCase().replace(/’/g, "'");
    const span: [number, number] = [start, start + m[0].length];
    const expanded = contractions[word];
    const parts = expanded ?? (word.endsWith("'s") && word.length > 2 ? [word.slice(0, -2), "'s"] : [word]);
    for (const t of parts) {
      tokens.push(t);
      spans.push(span);
    }
  }
  return { tokens, spans };
}

const capitalized = new Set(['tom', 'jerry', 'mary', 'john', 'lily', 'i']);

/** Tokens back to a readable sentence: `tom 's cat .` → `Tom's cat.` */
export function detokenizeEnglish(tokens: readonly string[]): string {
  let s = '';
  tokens.forEach((t, i) => {
    const word = i === 0 || capitalized.has(t) ? t.charAt(0).toUpperCase() + t.slice(1) : t;
    s += i === 0 || t === "'s" || t === '.' || t === '?' || t === ',' ? word : ` ${word}`;
  });
  return s;
}
