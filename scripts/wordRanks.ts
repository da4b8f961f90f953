// Writes src/data/enzh/wordRanks.ts: the en-zh vocabulary by SUBTLEX-US frequency, which suggestions for an
// unknown word rank by (the app must not bundle SUBTLEX itself). `npm run ranks`; a unit test checks it is current.
import { writeFileSync } from 'node:fs';
import { ranksFile, wordsByFrequency } from '../src/data/enzh/wordTarget';

const words = wordsByFrequency();
writeFileSync('src/data/enzh/wordRanks.ts', ranksFile(words));
console.log(`src/data/enzh/wordRanks.ts: ${words.length} words by frequency`);
