// The share of the words people say most that the en-zh vocabulary holds (issue 27), and what is missing,
// by part of speech, most frequent first. `npm run words` (version 5), `npm run words -- --version 4`;
// `--docs` rewrites the "Words left out" section of docs/language.md from the measurement.
import { readFileSync, writeFileSync } from 'node:fs';
import { coverage, leftOut, leftOutSection, spaced, vocabularyOf } from '../src/data/enzh/wordTarget';

const args = process.argv.slice(2);
const version = args.includes('--version') && args[args.indexOf('--version') + 1] === '4' ? 4 : 5;
const c = coverage(vocabularyOf(version));

if (args.includes('--docs')) {
  const path = 'docs/language.md';
  const docs = readFileSync(path, 'utf8');
  const start = docs.indexOf('## Words left out');
  const end = start < 0 ? -1 : docs.indexOf('\n## ', start + 1);
  const section = leftOutSection(coverage(vocabularyOf(5)));
  const next = start < 0 ? `${docs.trimEnd()}\n\n${section}` : `${docs.slice(0, start)}${section}${end < 0 ? '' : docs.slice(end + 1)}`;
  writeFileSync(path, next);
  console.log(`${path}: "Words left out" written`);
} else {
  console.log(
    `en-zh version ${version} holds ${spaced(c.held)} of the ${spaced(c.target)} target words: ${(100 * c.share).toFixed(1)} % (goal 95 %)`,
  );
  for (const [part, words] of c.missingByPart) {
    console.log(`\n${part} (${words.length} missing):`);
    console.log(words.map((t) => (leftOut[t.word] ? `(${t.word})` : t.word)).join(' '));
  }
  console.log('\n(parenthesised: left out on purpose, see docs/language.md)');
}
