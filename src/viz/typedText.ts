/**
 * Text someone typed, shown inside the app's own sentences and controls. Typed text can carry
 * right-to-left letters and invisible bidi controls (U+202E turns everything after it around): set
 * among our words unguarded, it would reorder them (“…nwonknu“ sa meht sdaer ledom ehT”).
 */

const FSI = '\u2068'; // first strong isolate: opens an isolate whose direction its own text decides
const PDI = '\u2069'; // pop directional isolate: closes it
const OPENS_ISOLATE = new Set(['\u2066', '\u2067', FSI]);
/** Characters that end a bidi paragraph (class B): one inside typed text would end the isolate with it. */
const PARAGRAPH_BREAKS = new Set(['\n', '\r', '\u001c', '\u001d', '\u001e', '\u0085', '\u2029']);

/**
 * `typed` isolated (FSI … PDI, what `<bdi>` does, in plain text so it also works in labels, titles and
 * exports): whatever it holds, it can't move the text around it. Its own isolates are balanced first,
 * so a stray PDI in it can't close ours early; embeddings and overrides it opens end at our PDI.
 */
export function isolated(typed: string): string {
  let open = 0;
  let kept = '';
  for (const c of typed) {
    if (PARAGRAPH_BREAKS.has(c)) {
      kept += ' ';
      continue;
    }
    if (OPENS_ISOLATE.has(c)) open++;
    else if (c === PDI) {
      if (open === 0) continue;
      open--;
    }
    kept += c;
  }
  return FSI + kept + PDI.repeat(open) + PDI;
}

/** Characters that show nothing: spaces and other separators, control characters, bidi controls, zero-width ones. */
const INVISIBLE = /[\p{Cc}\p{Z}\p{Bidi_Control}\u200b\u2060\ufeff]/gu;

/** `text` with every invisible character drawn: a space as ␣, any other as its code point (U+202E). */
export const visible = (text: string): string =>
  text.replace(INVISIBLE, (c) => (c === ' ' ? '␣' : `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`));

/** A typed word named in one of our sentences: drawn visibly and isolated. */
export const typedWord = (word: string): string => isolated(visible(word));
