/**
 * The task "Train live" learns in the page: dates written in three of the spec's formats, to ISO. Small
 * enough to learn in about a minute on a laptop, and the fields move between formats (`25 november
 * 2026`, `november 25, 2026`, `25.11.2026`), so α has to find them: it visibly goes from uniform to
 * the field each output digit comes from.
 */
import { nearest } from '../data/distance';
import { charactersOf, datesIn, formats } from '../data/dates/datesGrammar';
import { datesProfile } from '../data/dates/profile';
import { tasks, type Task } from '../data/tasks';
import { sourceSpecials, targetSpecials, type Vocab } from '../data/vocab';
import type { ModelConfig } from '../model/config';

export const liveFormatNames = ['day month year', 'month day, year', 'European numeric (day first, dots)'];
const written = formats.filter((f) => liveFormatNames.includes(f.name));
const characters = charactersOf(written);

/** The live language, behind the same Task interface as the shipped ones (the checker and tokenizer use it). */
export const liveTask: Task = {
  ...tasks.dates,
  grammar: datesIn(written),
  vocabulary: characters,
  suggest: (token) => nearest(token, characters),
  formatOf: undefined,
};

/** The sentence the live model translates while it learns (the user may type another in the live language). */
export const liveExample = '25 november 2026';

/** Every character it reads and writes, fixed before training: the vocabulary does not depend on the seed. */
export const liveVocab: Vocab = {
  source: [...sourceSpecials, ...[...characters].sort()],
  target: [...targetSpecials, ...'-0123456789'],
};

/**
 * A tenth of the shipped models' size: embedding 16, hidden 32, attention 32 (about 30 000 parameters),
 * measured to learn the example within the minute (`npm run bench`, "Train live").
 */
export const liveConfig: ModelConfig = {
  variant: 'attention',
  embedding: 16,
  hidden: 32,
  attention: 32,
  sourceVocab: liveVocab.source.length,
  targetVocab: liveVocab.target.length,
};

/** Only the live formats are drawn; years, days and months as the dates corpus draws them. */
export const liveProfile = datesProfile;
