/**
 * npm run corpus-profile [-- --language 5] — the en-zh training corpus as a run of `npm run train` makes it
 * (made once and kept in .cache/corpus/, corpusCache.ts): how long it takes, the share of training
 * examples in each length bucket (the split, and an epoch with drills and rare-word repeats), and how
 * many of the lexicon's words the test split holds often enough to be scored (≥ 10 sentences).
 */
import { enzhLexicon, enzhVersions, type EnzhVersion } from '../src/data/enzh/lexicon';
import type { Example } from '../src/data/sample';
import { bucketName, bucketOf, buckets, EN_ZH_SHIPPED, enzhTask } from '../src/data/tasks';
import { oneOf, parseArgs } from '../src/cli/args';
import { balanced } from '../src/cli/balance';
import { cachedCorpus, trainingCorpusOptions } from '../src/cli/corpusCache';
import { drills } from '../src/cli/drills';

const { values } = parseArgs(process.argv.slice(2), { language: 'string' });
const language = Number(oneOf('language', values.language, enzhVersions.map(String), String(EN_ZH_SHIPPED))) as EnzhVersion;
const task = enzhTask(language);
const lexicon = enzhLexicon(language);

const cpu = process.cpuUsage();
const made = cachedCorpus(task, `en-zh@${language}`, trainingCorpusOptions(task, Boolean(lexicon.v5)));
const { corpus } = made;
const { user, system } = process.cpuUsage(cpu);
console.log(
  `en-zh@${language}: corpus ${made.cached ? 'read' : 'made'} in ${made.seconds.toFixed(1)} s, ${((user + system) / 1e6).toFixed(1)} s of CPU (${made.file})`,
);

// As train.ts builds an epoch: the split, the fixed expressions' drills, rare words repeated.
const phrases = lexicon.expressions.map((e) => e.en.join(' '));
let t0 = Date.now();
const drilled = drills(task, phrases, 20);
console.log(`drills: ${drilled.length} examples in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
const training = [...corpus.train, ...drilled];
t0 = Date.now();
const epoch = balanced(training, { minCount: 80, maxRepeat: 8, phrases }).map((i) => training[i]!);
console.log(`balanced epoch: ${epoch.length} examples in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

const profile = (examples: readonly Example[]) => {
  const counts = buckets.map(() => 0);
  for (const e of examples) counts[bucketOf(e.source.length)]!++;
  return counts.map((n, b) => `${bucketName(buckets[b]!)}: ${((100 * n) / examples.length).toFixed(1)} %`).join(', ');
};
console.log(`length profile, train split (${corpus.train.length}): ${profile(corpus.train)}`);
console.log(`length profile, one epoch (${epoch.length}): ${profile(epoch)}`);

// The per-word bar scores words with ≥ 10 test sentences: how many words that is.
const sentencesPerWord = new Map<string, number>();
for (const e of corpus.test) for (const w of new Set(e.source)) sentencesPerWord.set(w, (sentencesPerWord.get(w) ?? 0) + 1);
const counts = [...sentencesPerWord.values()];
const trainWords = new Set(corpus.train.flatMap((e) => e.source));
console.log(
  `test split: ${corpus.test.length} sentences, ${sentencesPerWord.size} distinct source words of ${task.vocabulary.size} in the vocabulary ` +
    `(${trainWords.size} in the train split); ${counts.filter((n) => n >= 10).length} with ≥ 10 test sentences, ` +
    `${counts.filter((n) => n < 10).length} with fewer, ${task.vocabulary.size - sentencesPerWord.size} never in the test split`,
);
