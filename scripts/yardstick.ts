// How much of the yardstick (src/data/enzh/yardstick.txt: 300 everyday sentences as a new user types them)
// each version of the en-zh language holds, per length in words, and the unknown words met most often.
// `npm run yardstick`; `-- --outside 4` also lists the sentences version 4 leaves outside.
import { readFileSync } from 'node:fs';
import { enzhVersions } from '../src/data/enzh/lexicon';
import { measureYardstick, YARDSTICK_FILE, yardstickLines } from '../src/data/enzh/yardstick';
import { enzhTask } from '../src/data/tasks';

const args = process.argv.slice(2);
const listFor = args.includes('--outside') ? Number(args[args.indexOf('--outside') + 1]) : null;
const lines = yardstickLines(readFileSync(YARDSTICK_FILE, 'utf8'));
const pct = (n: number, of: number) => `${n}/${of} (${of ? ((100 * n) / of).toFixed(0) : '–'} %)`;

for (const version of enzhVersions) {
  const r = measureYardstick(enzhTask(version), lines);
  console.log(`en-zh@${version}: ${pct(r.inside, r.total)} of the yardstick inside the language`);
  console.log(`  by length (words): ${r.byLength.map((b) => `${b.words[0]}–${b.words[1]} ${pct(b.inside, b.total)}`).join(' · ')}`);
  console.log(
    `  unknown words, by sentences stopped: ${r.unknown
      .slice(0, 40)
      .map(([w, n]) => (n > 1 ? `${w} ${n}` : w))
      .join(', ')}`,
  );
  console.log(
    `  known words, outside at: ${r.stuckAt
      .slice(0, 25)
      .map(([w, n]) => (n > 1 ? `${w} ${n}` : w))
      .join(', ')}`,
  );
  if (listFor === version) console.log(r.outside.map((s) => `    ${s}`).join('\n'));
}
