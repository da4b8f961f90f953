import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { enzhLexicon } from './lexicon';
import {
  addressEntries,
  adjectiveEntries5,
  adjectiveFrameEntries,
  dativeEntries,
  frameEntries,
  linkingEntries,
  nounEntries5,
  phrasalEntries5,
  v4Comparisons,
  v4VerbForms,
  v4Widenings,
  verbEntries5,
} from './words5';

const v4 = enzhLexicon(4);
const { methods, model } = nlp.world() as unknown as {
  methods: {
    two: {
      transform: {
        noun: { toPlural: (w: string, m: unknown) => string };
        verb: { conjugate: (w: string, m: unknown) => Record<string, string | undefined> };
        adjective: { toComparative: (w: string, m: unknown) => string; toSuperlative: (w: string, m: unknown) => string };
      };
    };
  };
  model: unknown;
};
const { noun, verb, adjective } = methods.two.transform;

/**
 * Where words5.ts and compromise differ, and why words5.ts is right: `word form` → the reason.
 * compromise conjugates by rule where its lexicon has no entry, and knows one `lie`.
 */
const compromiseWrong: Record<string, string> = {
  'gentleman gentlemen': 'nouns in -man take -men (compromise: gentlemans)',
  'policeman policemen': 'nouns in -man take -men (compromise: policemans)',
  'liver livers': 'a count noun here, the organ (compromise reads one who lives, with no plural)',
  'tin tins': 'a count noun here, a can (compromise reads the metal, uncountable)',
  'flow flowed': 'flow is regular (compromise: flown, the participle of fly)',
  'dive dived': 'the participle of dive is dived; dove is the American past (compromise: dove for both)',
  'spill spilled': 'American English: spilled (compromise: spilt)',
  'run run': 'the participle of run is run (compromise: ran)',
  'travel traveled': 'American English, as words.ts spells it: one l (compromise: travelled)',
  'travel traveling': 'American English, as words.ts spells it: one l (compromise: travelling)',
  'snow snowed': 'snow is regular (compromise: snew)',
  'neat neatest': 'neat does not double its t (compromise: neattest)',
  'intend intended': 'intend is regular (compromise: intent, the noun)',
  'bang banging': 'a consonant after a consonant does not double (compromise: bangging)',
  'sad saddest': 'a short vowel doubles the consonant (compromise: sadest)',
  'dream dreamed': 'American English: dreamed, as the past (compromise gives dreamt as the participle only)',
  'become become': 'the participle of become is become (compromise: became)',
  'come come': 'the participle of come is come (compromise: came)',
  'lie lay': 'lie down (recline): lay, lain; compromise conjugates the other lie (lied)',
  'lie lain': 'lie down (recline): lay, lain',
  'far farther': 'of distance, farther (compromise: further, the figurative sense)',
  'far farthest': 'of distance, farthest (compromise: furthest)',
  'mad maddest': 'a short vowel doubles the consonant (compromise: madest)',
};

const duplicates = (keys: string[]) => keys.filter((k, i) => keys.indexOf(k) !== i);

describe('words5.ts: version 5 open-class words', () => {
  it('gives no word of version 4 a different Chinese', () => {
    const differs: string[] = [];
    const v4Nouns = new Map(v4.nouns.map((n) => [n.sg, n.zh]));
    for (const n of nounEntries5) if (v4Nouns.has(n.sg) && v4Nouns.get(n.sg) !== n.zh) differs.push(`noun ${n.sg}`);
    const v4Verbs = new Map(v4.verbs.filter((v) => !v.particle && v.zh).map((v) => [v.base, v.zh]));
    for (const v of verbEntries5) if (v.zh && v4Verbs.has(v.base) && v4Verbs.get(v.base) !== v.zh) differs.push(`verb ${v.base}`);
    const v4Phrasal = new Map(v4.verbs.filter((v) => v.particle).map((v) => [`${v.base} ${v.particle}`, v.alone?.join(' ')]));
    for (const p of phrasalEntries5) {
      const key = `${p.base} ${p.particle}`;
      if (v4Phrasal.has(key) && v4Phrasal.get(key) !== p.zh.join(' ')) differs.push(`phrasal ${key}`);
    }
    const v4Adjectives = new Map(v4.adjectives.map((a) => [a.en, a.pred.join(' ')]));
    for (const a of adjectiveEntries5) if (v4Adjectives.has(a.en) && v4Adjectives.get(a.en) !== a.zh) differs.push(`adjective ${a.en}`);
    expect(differs).toEqual([]);
  });

  it('gives every count noun a classifier; mass nouns and units may go without', () => {
    const without = nounEntries5.filter((n) => n.classifier === '-' && !n.tags.includes('mass') && !n.tags.includes('unit'));
    expect(without.map((n) => n.sg)).toEqual([]);
    expect(nounEntries5.filter((n) => n.tags.includes('unit') && n.classifier !== '-').map((n) => n.sg)).toEqual([]);
  });

  it('has no duplicate entries', () => {
    expect(duplicates([...nounEntries5.map((n) => n.sg), ...v4.nouns.map((n) => n.sg)])).toEqual([]);
    expect(duplicates(verbEntries5.map((v) => v.base))).toEqual([]);
    expect(duplicates(phrasalEntries5.map((p) => `${p.base} ${p.particle}`))).toEqual([]);
    expect(duplicates(frameEntries.map((f) => [f.base, ...f.preposition, '|', ...f.objects].join(' ')))).toEqual([]);
    expect(duplicates(dativeEntries.map((d) => d.base))).toEqual([]);
    expect(duplicates(linkingEntries.map((l) => l.base))).toEqual([]);
    expect(duplicates([...adjectiveEntries5.map((a) => a.en), ...v4.adjectives.map((a) => a.en)])).toEqual([]);
    expect(duplicates(addressEntries.map((a) => a.en))).toEqual([]);
    expect(duplicates(adjectiveFrameEntries.map((a) => [a.en, ...a.preposition].join(' ')))).toEqual([]);
    expect(duplicates([...v4VerbForms.map((v) => v.base)])).toEqual([]);
    expect(duplicates([...v4Widenings.map((v) => v.base)])).toEqual([]);
    expect(duplicates([...v4Comparisons.map((a) => a.en)])).toEqual([]);
  });

  it('spells every form as compromise does, but for the listed exceptions', () => {
    const wrong: string[] = [];
    const agree = (base: string, form: string, theirs: string | undefined) => {
      if (form !== theirs && !compromiseWrong[`${base} ${form}`]) wrong.push(`${base} ${form} (compromise: ${theirs})`);
    };
    for (const n of nounEntries5) if (!n.tags.includes('mass') && !n.tags.includes('plural')) agree(n.sg, n.pl, noun.toPlural(n.sg, model));
    for (const v of [...verbEntries5, ...phrasalEntries5]) {
      const c = verb.conjugate(v.base, model);
      agree(v.base, v.s3, c.PresentTense);
      agree(v.base, v.past, c.PastTense);
      agree(v.base, v.participle, c.Participle ?? c.PastTense);
      agree(v.base, v.ing, c.Gerund);
    }
    for (const v of v4VerbForms) {
      const c = verb.conjugate(v.base, model);
      agree(v.base, v.participle, c.Participle ?? c.PastTense);
      agree(v.base, v.ing, c.Gerund);
    }
    for (const a of [...adjectiveEntries5, ...v4Comparisons])
      if (a.comparative && a.comparative !== 'more') {
        agree(a.en, a.comparative, adjective.toComparative(a.en, model));
        agree(a.en, a.superlative ?? '', adjective.toSuperlative(a.en, model));
      }
    expect(wrong).toEqual([]);
    // Every exception is used: a fixed compromise makes its line go.
    const used = [
      ...nounEntries5.map((n) => `${n.sg} ${n.pl}`),
      ...[...verbEntries5, ...phrasalEntries5].flatMap((v) => [v.s3, v.past, v.participle, v.ing].map((f) => `${v.base} ${f}`)),
      ...v4VerbForms.flatMap((v) => [v.participle, v.ing].map((f) => `${v.base} ${f}`)),
      ...[...adjectiveEntries5, ...v4Comparisons].flatMap((a) => [a.comparative, a.superlative].map((f) => `${a.en} ${f}`)),
    ];
    expect(Object.keys(compromiseWrong).filter((k) => !used.includes(k))).toEqual([]);
  });

  it('gives comparison only in pairs, and grows only version 4 words in the v4 tables', () => {
    for (const a of [...adjectiveEntries5, ...v4Comparisons]) expect(a.comparative === null).toBe(a.superlative === null);
    const v4Words = new Set(v4.adjectives.map((a) => a.en));
    expect(v4Comparisons.filter((a) => !v4Words.has(a.en)).map((a) => a.en)).toEqual([]);
    expect(v4VerbForms.filter((v) => !v4.verbs.some((w) => w.base === v.base)).map((v) => v.base)).toEqual([]);
    // Every v4 verb gets its participle; a widening is of a v4 verb, and gives a use alone only where v4 had none.
    expect(v4.verbs.filter((v) => !v4VerbForms.some((f) => f.base === v.base)).map((v) => v.base)).toEqual([]);
    const widened = v4Widenings.map((w) => ({ w, v: v4.verbs.find((v) => v.base === w.base && !v.particle) }));
    expect(widened.filter(({ v }) => !v).map(({ w }) => w.base)).toEqual([]);
    expect(widened.filter(({ w, v }) => w.alone.length && v?.alone).map(({ w }) => w.base)).toEqual([]);
  });

  it('frames, datives and linking uses are of verbs that have their forms', () => {
    const bases = new Set([...v4.verbs.map((v) => v.base), ...verbEntries5.map((v) => v.base)]);
    const orphans = [...frameEntries, ...dativeEntries, ...linkingEntries].map((e) => e.base).filter((b) => !bases.has(b));
    expect(orphans).toEqual([]);
    const v5Verbs = new Set(verbEntries5.map((v) => v.base));
    // A verb line with no Chinese of its own must be used by some other table.
    const used = new Set([...frameEntries, ...dativeEntries, ...linkingEntries, ...phrasalEntries5].map((e) => e.base));
    expect(verbEntries5.filter((v) => !v.zh && !v.intransitive && !used.has(v.base)).map((v) => v.base)).toEqual([]);
    expect([...v5Verbs].length).toBe(verbEntries5.length);
  });

  it("puts only prepositions (and `get rid of`) between a frame's verb and its object", () => {
    const prepositions = new Set(['to', 'about', 'with', 'for', 'at', 'on', 'of', 'in', 'from', 'forward', 'rid']);
    const odd = [...frameEntries.map((f) => f.preposition), ...adjectiveFrameEntries.map((a) => a.preposition)]
      .flat()
      .filter((p) => !prepositions.has(p));
    expect(odd).toEqual([]);
  });

  it('places the object in every frame and phrasal verb that takes one, and both objects in every dative', () => {
    for (const f of frameEntries) expect(f.zh.filter((t) => t === 'X').length, f.base).toBeLessThanOrEqual(1);
    for (const a of adjectiveFrameEntries) expect(a.zh.filter((t) => t === 'X').length, a.en).toBe(1);
    for (const p of phrasalEntries5) expect(p.zh.includes('X'), `${p.base} ${p.particle}`).toBe(p.objects.length > 0);
    for (const d of dativeEntries) expect([d.zh.includes('X'), d.zh.includes('Y')], d.base).toEqual([true, true]);
  });

  it('names only known noun classes, nouns and patterns as objects', () => {
    const nounWords = new Set([...v4.nouns, ...nounEntries5.map((n) => ({ ...n, tags: n.tags }))].flatMap((n) => [n.sg, ...n.tags]));
    const patterns = new Set(['any', 'animate', 'things', 'that', 'if', 'to', 'object-to']);
    const adjectiveFlags = new Set(['weather', 'color', 'fact', 'state', 'situation', 'predicative', 'attributive']);
    const unknown = [
      ...[...verbEntries5, ...frameEntries, ...phrasalEntries5]
        .flatMap((v) => v.objects)
        .filter((o) => !nounWords.has(o) && !patterns.has(o)),
      ...adjectiveEntries5.flatMap((a) => a.takes).filter((t) => !nounWords.has(t) && !patterns.has(t) && !adjectiveFlags.has(t)),
    ];
    expect([...new Set(unknown)]).toEqual([]);
  });
});
