/**
 * Suggestions for an English word the language doesn't know: a synonym it does know (`kid` → `child`),
 * the word without an ending it doesn't take, or a known word spelled almost alike (`chasd` → `chased`).
 */
import { typoDistance } from '../distance';
import { wordsByFrequency } from './wordRanks';

let ranks: Map<string, number> | undefined;
/** A word's rank by SUBTLEX-US frequency (0 = most frequent; words SUBTLEX doesn't count come last). */
export const rankOf = (w: string) => (ranks ??= new Map(wordsByFrequency.split(' ').map((x, i) => [x, i]))).get(w) ?? Infinity;

/** Everyday words outside the lexicon, and the known word closest in meaning. */
const synonyms: Record<string, string> = Object.fromEntries(
  `kid:child kids:children kitten:cat kitty:cat puppy:dog doggy:dog mum:mom mommy:mom mummy:mom daddy:dad
  papa:dad mama:mom lady:woman ladies:women guy:man guys:men gentleman:man pal:friend buddy:friend mate:friend
  pupil:student pupils:students professor:teacher physician:doctor infant:baby grandma:grandmother
  grandpa:grandfather granny:grandmother automobile:car taxi:car cab:car film:movie films:movies tv:television
  telly:television mobile:phone cellphone:phone cell:phone couch:sofa apartment:house flat:house
  supper:dinner shop:store grocery:store cafe:restaurant large:big huge:big enormous:big giant:big little:small
  tiny:small quick:fast rapid:fast great:good fantastic:good wonderful:good excellent:good awesome:good
  terrible:bad awful:bad horrible:bad gorgeous:beautiful lovely:beautiful tasty:delicious yummy:delicious
  exhausted:tired weary:tired starving:hungry mad:angry upset:sad unhappy:sad scared:afraid frightened:afraid
  intelligent:clever bright:clever silly:stupid joyful:happy cheerful:happy purchase:buy purchased:bought
  grab:take grabbed:took consume:eat consumed:ate sprint:run jog:run stroll:walk weep:cry giggle:laugh
  enjoy:like enjoys:likes enjoyed:liked adore:love adores:loves adored:loved notice:see noticed:saw spot:see
  spotted:saw view:watch yell:shout scream:shout nap:sleep hey:hi
  hiya:hi howdy:hi thx:thanks ty:thanks cheers:thanks yeah:yes yep:yes yup:yes nope:no nah:no
  alright:okay pardon:sorry farewell:goodbye cya:bye wanna:want gonna:going`
    .split(/\s+/)
    .map((pair) => pair.split(':') as [string, string]),
);

const sameLetters = (a: string, b: string) => [...a].sort().join('') === [...b].sort().join('');
/** The same word but for a letter doubled or not (`helo` and `hello`, `verry` and `very`), the commonest slip. */
const sameButDoubling = (a: string, b: string) => a.replace(/(.)\1/g, '$1') === b.replace(/(.)\1/g, '$1');

/** Endings to try removing: `jumps` → `jump` is a better hint than a word spelled nearby. */
const endings = ['s', 'es', 'ed', 'd', 'ing', 'ly'];

/**
 * Up to three words of `vocabulary` for `word`, the most likely first. Only for a word: a symbol, a number
 * or a single letter gets none (`&`, `1` and `x` are each one edit from `a`, `i` and `.`, which helps nobody).
 */
export function suggestEnglish(word: string, vocabulary: ReadonlySet<string>): string[] {
  if (!/^[a-z][a-z'-]*[a-z]$/.test(word)) return [];
  const found: string[] = [];
  const add = (w: string | undefined) => {
    if (w && /[a-z]/.test(w) && vocabulary.has(w) && !found.includes(w) && w !== word) found.push(w);
  };
  if (Object.hasOwn(synonyms, word)) add(synonyms[word]);
  for (const e of endings)
    if (word.endsWith(e) && word.length > e.length + 2) {
      const stem = word.slice(0, -e.length);
      // `hating` → `hate` (not `hat`), `hopping` → `hop`: the `e` the ending took away, the consonant it doubled.
      if (e === 'ing') add(`${stem}e`);
      add(stem);
      if ((e === 'ing' || e === 'ed') && /([^aeiou])\1$/.test(stem)) add(stem.slice(0, -1));
    }
  // Spelling: at most one edit in three letters of the longer word (a swap of neighbours is one edit),
  // so `hungy` → `hungry` and `teh` → `the`, but not `speak` → `sea`; the first letter is rarely mistyped.
  const close = [...vocabulary]
    .filter((w) => w[0] === word[0] || w.length <= 3)
    .map((w) => ({ w, d: typoDistance(word, w) }))
    .filter(({ w, d }) => d <= Math.max(1, Math.floor(Math.max(word.length, w.length) / 3)))
    // Ties: a word with the very same letters first (`teh` → `the` before `tea`), or but for a doubled letter
    // (`helo` → `hello` before `help`), then the more common word (`hous` → `house` before `hour`, SUBTLEX-US's ranks).
    .sort(
      (a, b) =>
        a.d - b.d ||
        Number(sameLetters(b.w, word)) - Number(sameLetters(a.w, word)) ||
        Number(sameButDoubling(b.w, word)) - Number(sameButDoubling(a.w, word)) ||
        rankOf(a.w) - rankOf(b.w),
    );
  for (const { w } of close) add(w);
  return found.slice(0, 3);
}

/** First words of a question: a sentence outside the language that starts with one gets `?`. */
export const questionStarts = new Set(
  'do does did will can could should must may might would is are am was were what where who why when how'.split(' '),
);
