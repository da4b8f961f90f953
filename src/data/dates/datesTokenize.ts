import type { Tokens } from '../enzh/enzhTokenize';

/** Date characters: lower-cased, surrounding spaces dropped, inner runs of spaces read as one. */
export function tokenizeDate(text: string): Tokens {
  const tokens: string[] = [];
  const spans: [number, number][] = [];
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      if (tokens[tokens.length - 1] === ' ') continue;
      tokens.push(' ');
    } else {
      // One token per code point (an emoji or a rare CJK character is two UTF-16 units).
      const cp = String.fromCodePoint(text.codePointAt(i)!);
      tokens.push(cp.toLowerCase());
      spans.push([i, i + cp.length]);
      i += cp.length - 1;
      continue;
    }
    spans.push([i, i + 1]);
  }
  return { tokens, spans };
}
