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
/** A bidi control, or a letter or digit of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko… with their presentation forms, and the historic ones above U+10800). */
const RIGHT_TO_LEFT = /[\p{Bidi_Control}\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
/** Whether `text` could reorder the text around it. Left-to-right letters and neutral marks can't, among our left-to-right sentences. */
const mayReorder = (text: string) => RIGHT_TO_LEFT.test(text) || [...text].some((c) => PARAGRAPH_BREAKS.has(c));

/**
 * `typed` isolated (FSI … PDI, what `<bdi>` does, in plain text so it also works in labels, titles and
 * exports) when it holds anything that could move the text around it; otherwise as it is, so that
 * copying, searching and screen readers meet no invisible marks. Its own isolates are balanced first,
 * so a stray PDI in it can't close ours early; embeddings and overrides it opens end at our PDI.
 */
export function isolated(typed: string): string {
  if (!mayReorder(typed)) return typed;
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

/** A typed word named in one of our sentences: drawn visibly, and isolated if it could reorder ours. */
export const typedWord = (word: string): string => isolated(visible(word));
