/** Test inputs for the fuzz tests (fast-check): what a hostile or unlucky user might type or send. */
import fc from 'fast-check';

/** Unicode, emoji, right-to-left text, control characters, markup, and very long strings. */
export const nasty = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 120 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      'مرحبا بالعالم',
      '\u202eTom chased Jerry',
      '\u0000\u0001\u0007',
      '🐱 chased 🐭',
      "Tom's cat\u200b doesn't like cheese.",
      'constructor',
      'Tom chased the __proto__ toString.',
      'hasOwnProperty valueOf',
      '汤姆追逐了杰瑞。',
      'Ｔｏｍ chased Jerry。',
    ),
  },
  { weight: 1, arbitrary: fc.string({ minLength: 1000, maxLength: 10_000 }) },
);
