/**
 * The README's figures, written from the files that hold them: the shipped manifests
 * (`pretrained/<task>/<variant>/model.json`), the test-split scores (`pretrained/<task>/metrics.json`,
 * by `npm run eval`) and the last benchmark run (`bench/results.json`, by `npm run bench`). Each figure
 * sits in README.md between `<!-- figures:NAME -->` and `<!-- /figures -->`; `npm run docs` rewrites
 * them all (scripts/docs.ts), and figures.test.ts fails when README.md holds anything else.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import type { Manifest } from '../src/model/manifest';
import type { Metrics } from '../src/model/evaluate';
import { formats } from '../src/data/dates/datesGrammar';
import { liveConfig } from '../src/live/task';

export const tasks = ['en-zh', 'dates'] as const;
export const variants = ['attention', 'distracted'] as const;
/** The dates attention models with another score than the additive (`attention`): `pretrained/dates/<score>/`. */
export const scoreModels = ['general', 'scaled-dot'] as const;
type Task = (typeof tasks)[number];
type Variant = (typeof variants)[number];
type ScoreModel = (typeof scoreModels)[number];

/** `pretrained/<task>/metrics.json` (dates: the other scores' models too). */
export interface MetricsFile {
  sentences: number;
  buckets: string[];
  models: Record<Variant, Metrics> & Partial<Record<ScoreModel, Metrics & { trainingSeconds?: number }>>;
  /** en-zh, `npm run eval -- --words N`: the attention model word by word on N fresh sentences in no split. */
  wordCheck?: WordCheck;
}

interface WordScore {
  word: string;
  right: number;
  sentences: number;
}
export interface WordCheck {
  sentences: number;
  exact: number;
  words: number;
  scored: number;
  below: WordScore[];
  worst: WordScore[];
}

/** The parts of `bench/results.json` the README quotes. */
export interface BenchResults {
  machine: { cpus: number; date: string };
  testSplit: { sentences: number; seconds: number };
  coldStart: {
    firstHeatmapMs: number[];
    initialJsGzip: number;
    allJsGzip: number;
    bytes: { wasm: number };
    modelBytes: Record<string, number>;
  };
  training: { msPerStep: number; torch?: { msPerStep1Thread: number } };
  trainingInBrowser: { msPerStep: number };
  liveTraining: { parameters: number; stepsPerSecond: number; right: { wallSeconds: number; step: number } | null };
}

export interface Sources {
  manifests: Record<Task, Record<Variant, Manifest>>;
  /** The dates models of the other scores. */
  scores: Record<ScoreModel, Manifest>;
  metrics: Record<Task, MetricsFile>;
  bench: BenchResults;
}

const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

/** Reads every file the figures come from, under the repository's root `root`. */
export function readSources(root = '.'): Sources {
  const byTask = <T>(read: (task: Task) => T) => Object.fromEntries(tasks.map((t) => [t, read(t)])) as Record<Task, T>;
  return {
    manifests: byTask(
      (t) =>
        Object.fromEntries(variants.map((v) => [v, readJson<Manifest>(join(root, 'pretrained', t, v, 'model.json'))])) as Record<
          Variant,
          Manifest
        >,
    ),
    scores: Object.fromEntries(
      scoreModels.map((m) => [m, readJson<Manifest>(join(root, 'pretrained', 'dates', m, 'model.json'))]),
    ) as Record<ScoreModel, Manifest>,
    metrics: byTask((t) => readJson<MetricsFile>(join(root, 'pretrained', t, 'metrics.json'))),
    bench: readJson<BenchResults>(join(root, 'bench', 'results.json')),
  };
}

// ---- how numbers are written ----------------------------------------------------------------------

/** 14250 → `14 250`; numbers under 10 000 of four digits too (`1 107`), as the README writes them. */
export const int = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
/** 0.996 → `99.6 %`. */
export const pct = (share: number) => `${(share * 100).toFixed(1)} %`;
/** A share without its sign, for lists in parentheses: 0.992 → `99.2`. */
const pctBare = (share: number) => (share * 100).toFixed(1);
/** A share of training as the app's timeline shows it: 0.95 → `95`, 0.9333 → `93.3`. */
const pctShort = (share: number) => String(Math.round(share * 1000) / 10);
/** Seconds of training as people read them: `1 min 56 s`, `51 min`, `1 h 17 min`. */
export function duration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  const min = Math.round(s / 60);
  return min < 60 ? `${min} min` : `${Math.floor(min / 60)} h ${min % 60} min`;
}
/** Bytes as `155 KB` or `1.6 MB` (decimal units). */
export const bytes = (n: number) => (n < 1e6 ? `${Math.round(n / 1e3)} KB` : `${(n / 1e6).toFixed(1)} MB`);
const seconds = (s: number) => `${s.toFixed(1)} s`;
const code = (s: string) => `\`${s}\``;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** `npm run eval -- --words N` in words: the fresh sentences, the words in ≥ 10 of them, the worst. */
function wordCheckNote(w: WordCheck): string {
  const listed = (ws: WordScore[]) => ws.map((x) => `${code(x.word)} ${x.right}/${x.sentences}`).join(', ');
  const missed = w.worst.filter((x) => x.right < x.sentences).slice(0, 10);
  return (
    `On ${int(w.sentences)} fresh sentences in no split (\`npm run eval -- --words ${w.sentences}\`), the attention model is ${pct(w.exact)} exact; ` +
    `${int(w.words)} words occur in them, ${int(w.scored)} in at least 10, and ` +
    (w.below.length === 0
      ? `**every one of those is right in at least 95 % of them**`
      : `${w.below.length} of those ${w.below.length === 1 ? 'is' : 'are'} right in fewer than 95 % of them (${listed(w.below)})`) +
    (missed.length ? `; the least right: ${listed(missed)}.` : '.')
  );
}

/** A format's name inside parentheses: `US numeric (month first)` → `US numeric, month first`. */
const plainName = (name: string) => name.replace(/ \((.*)\)$/, ', $1');

/** A dates format's first template, written out for 25 November 2026 (a Wednesday). */
function datesExample(name: string): string {
  const values: Record<string, string> = {
    '{d}': '25',
    '{dth}': '25th',
    '{dd}': '25',
    '{m}': '11',
    '{mm}': '11',
    '{month}': 'November',
    '{mon}': 'Nov',
    '{yyyy}': '2026',
    '{yy}': '26',
    '{weekday}': 'Wednesday',
    '{wkd}': 'Wed',
  };
  const template = formats.find((f) => f.name === name)?.templates[0];
  if (!template) throw new Error(`metrics name a dates format the grammar does not have: ${name}`);
  return template.replace(/\{[a-z]+\}/g, (k) => values[k]!);
}

// ---- the blocks ---------------------------------------------------------------------------------

/** What each block holds. A block written on lines of its own is a block of Markdown; one inside a line is a phrase. */
export function figures({ manifests, scores, metrics, bench }: Sources): Record<string, string> {
  const enzh = metrics['en-zh'];
  const dates = metrics.dates;
  const p = (t: Task, v: Variant) => manifests[t][v].provenance;

  const buckets = enzh.buckets.join(' / ');
  const row = (name: string, m: Metrics, { step, steps, batchSize, trainingSeconds }: Manifest['provenance']) => {
    const byLength = m.byLength.map((b) => (b ? pctBare(b.exact) : '—')).join(' / ');
    return `| ${name} | ${int(step)} of ${int(steps)} × ${batchSize} | ${duration(trainingSeconds)} | ${pct(m.exact)} (${byLength}) | ${m.alignment === null ? '—' : pct(m.alignment)} |`;
  };
  const scoreMetrics = (m: ScoreModel) => {
    const got = dates.models[m];
    if (!got) throw new Error(`pretrained/dates/metrics.json has no ${m} model: run npm run eval -- --task dates`);
    return got;
  };
  const rows = [
    ...tasks.flatMap((t) => variants.map((v) => row(`${t} ${v}`, metrics[t].models[v], p(t, v)))),
    ...scoreModels.map((m) => row(`dates ${m}`, scoreMetrics(m), scores[m].provenance)),
  ];
  const training = [
    `Test split: ${int(enzh.sentences)} en-zh sentences (${int(enzh.sentences / enzh.buckets.length)} per length bucket), ${int(dates.sentences)} dates.`,
    '',
    `| model | best step of steps × batch | training time | test exact match (${buckets} tokens) | alignment |`,
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');

  // dates: the three scores side by side, with α's sharpness.
  const entropy = (m: Metrics) => (m.entropy === null || m.entropy === undefined ? '—' : `${m.entropy.toFixed(2)} nats`);
  const scoreRows = [
    ['additive (Bahdanau)', dates.models.attention, p('dates', 'attention')] as const,
    ['general (Luong)', scoreMetrics('general'), scores.general.provenance] as const,
    ['scaled dot product', scoreMetrics('scaled-dot'), scores['scaled-dot'].provenance] as const,
  ].map(([name, m, prov]) => {
    const byLength = m.byLength.map((b) => (b ? pctBare(b.exact) : '—')).join(' / ');
    return `| ${name} | ${pct(m.exact)} (${byLength}) | ${m.alignment === null ? '—' : pct(m.alignment)} | ${entropy(m)} | ${duration(prov.trainingSeconds)} (${int(prov.steps)} steps) |`;
  });
  const scoreTable = [
    `| score on dates | test exact match (${dates.buckets.join(' / ')} characters) | alignment | α's mean row entropy | training time |`,
    '| --- | --- | --- | --- | --- |',
    ...scoreRows,
  ].join('\n');

  // en-zh: the best steps, the words, the distracted model by length.
  const attention = enzh.models.attention;
  const distracted = enzh.models.distracted;
  const words = manifests['en-zh'].attention.vocab.source.filter((w) => !/^<.*>$/.test(w)).length;
  const byWord = Object.entries(attention.byWord ?? {});
  const share = ([, w]: (typeof byWord)[number]) => w.right / w.sentences;
  // The lowest share first, then the most sentences (as `npm run eval` lists every word).
  // Issue 27's bar: every word right in ≥ 95 % of its test sentences, counting the words with ≥ 10 of them.
  const scored = byWord.filter(([, w]) => w.sentences >= 10);
  const worst = [...scored].sort((a, b) => share(a) - share(b) || b[1].sentences - a[1].sentences).slice(0, 20);
  const missed = worst.filter((w) => share(w) < 1);
  const below = scored.filter((w) => share(w) < 0.95).length;
  const rareMissed = byWord.filter(([, w]) => w.sentences < 10 && w.right < w.sentences).length;
  const errors = Math.round((1 - attention.exact) * attention.sentences);
  const errorBuckets = attention.byLength.flatMap((b, i) => (b && b.exact < 1 ? [enzh.buckets[i]!] : []));
  const short = distracted.byLength[0]!;
  const long = distracted.byLength.slice(2).filter((b) => b !== null);
  const longRight = long.reduce((n, b) => n + Math.round(b.exact * b.sentences), 0);
  const longCount = long.reduce((n, b) => n + b.sentences, 0);
  const best = (v: Variant) => `step ${int(p('en-zh', v).step)} for ${v} (${pct(p('en-zh', v).validation.exact)})`;
  const enzhNotes = [
    `${int(p('en-zh', 'attention').steps)} steps; the best weights on validation came at ${best('attention')} and ${best('distracted')}.`,
    `The attention model makes ${errors} error${errors === 1 ? '' : 's'} in the ${int(attention.sentences)} test sentences` +
      (errorBuckets.length ? ` (in the ${errorBuckets.join(' and ')} buckets).` : '.'),
    `${int(byWord.length)} of the ${int(words)} English words occur in the test split, ${int(scored.length)} in at least 10 of its sentences, and ` +
      (below === 0
        ? `**every one of those is right in at least 95 % of them**`
        : `${below} of those ${below === 1 ? 'is' : 'are'} right in fewer than 95 % of them`) +
      (rareMissed
        ? ` (of the rarer words, ${rareMissed} ${rareMissed === 1 ? 'is' : 'are'} wrong in one of their sentences or more).`
        : '.'),
    missed.length === 0
      ? 'Each of those is right in every one of its sentences.'
      : `The worst 20 of those: ${missed.map(([w, s]) => `${code(w)} ${s.right}/${s.sentences}`).join(', ')}` +
        (worst.length > missed.length ? `, then ${worst.length - missed.length} words at 100 %, as is every other.` : '.'),
    ...(enzh.wordCheck ? [wordCheckNote(enzh.wordCheck)] : []),
    `The distracted model gets ${pct(short.exact)} of short sentences (${enzh.buckets[0]} tokens) right, and ${longRight} of the ${int(longCount)} over 20 tokens.`,
  ].join(' ');

  // dates: the distracted model's weakest formats, the attention model per format.
  const weakest = Object.entries(dates.models.distracted.byFormat ?? {})
    .sort((a, b) => a[1].exact - b[1].exact)
    .slice(0, 3)
    .map(([name, s]) => `${pct(s.exact)} on ${plainName(name)} (${code(datesExample(name))})`);
  const perFormat = Object.entries(dates.models.attention.byFormat ?? {});
  const exacts = perFormat.map(([, s]) => s.exact);
  const counts = perFormat.map(([, s]) => s.sentences);
  const byAlignment = [...perFormat].sort((a, b) => (a[1].alignment ?? 0) - (b[1].alignment ?? 0));
  const [lowest, highest] = [byAlignment[0]!, byAlignment.at(-1)!];
  const aligned = ([name, s]: (typeof perFormat)[number]) => `${pct(s.alignment ?? 0)} (${code(datesExample(name))}: ${plainName(name)})`;
  const datesFormats =
    `${Math.min(...exacts) === 1 ? `100.0 % in each of the ${perFormat.length} formats` : `${pct(Math.min(...exacts))} to ${pct(Math.max(...exacts))} across the ${perFormat.length} formats`}` +
    ` (${Math.min(...counts)}–${Math.max(...counts)} dates each); its alignment agreement ranges from ${aligned(lowest)} to ${aligned(highest)}`;

  // The training timeline ends at the shipped weights, the best on validation (src/model/timeline.ts).
  const ends = tasks.flatMap((t) =>
    variants.map((v) => `${t} ${v} at ${pctShort(p(t, v).step / p(t, v).steps)} %, step ${int(p(t, v).step)}`),
  );

  const live = bench.liveTraining;
  const torch = bench.training.torch;
  const benchSummary = [
    `The last run (${bench.machine.date.slice(0, 10)}, ${bench.machine.cpus} cores), in short:`,
    '',
    `- cold start: the first heatmap ${int(median(bench.coldStart.firstHeatmapMs))} ms after navigation (median of ${bench.coldStart.firstHeatmapMs.length}); ${bytes(bench.coldStart.initialJsGzip)} of JavaScript (gzip) before the first paint, ${bytes(bench.coldStart.allJsGzip)} in all, ${bytes(bench.coldStart.bytes.wasm)} of wasm;`,
    `- models to download: ${Object.entries(bench.coldStart.modelBytes)
      .map(([name, n]) => `${name} ${bytes(n)}`)
      .join(', ')} (weights in float16 and manifest);`,
    `- the whole en-zh test split (${int(bench.testSplit.sentences)} sentences) translated in the browser in ${seconds(bench.testSplit.seconds)};`,
    `- training: ${int(bench.training.msPerStep)} ms per step in Node` +
      (torch ? ` (PyTorch, one thread: ${int(torch.msPerStep1Thread)} ms)` : '') +
      `, ${int(bench.trainingInBrowser.msPerStep)} ms in Chromium; Train live ${Math.round(live.stepsPerSecond)} steps per second.`,
  ].join('\n');

  return {
    training,
    scores: scoreTable,
    'enzh-words': int(words),
    'enzh-notes': enzhNotes,
    'step-time': `${(p('en-zh', 'attention').trainingSeconds / p('en-zh', 'attention').steps).toFixed(2)} s (attention) and ${(p('en-zh', 'distracted').trainingSeconds / p('en-zh', 'distracted').steps).toFixed(2)} s (distracted) per step`,
    'dates-best': `step ${int(p('dates', 'attention').step)} of ${int(p('dates', 'attention').steps)}`,
    'dates-weakest': weakest.join('; '),
    'dates-formats': datesFormats,
    'dates-alignment': pct(dates.models.attention.alignment ?? 0),
    timeline: ends.join('; '),
    'live-size': `${int(live.parameters)} weights: embedding ${liveConfig.embedding}, hidden ${liveConfig.hidden}`,
    'live-time': live.right
      ? `about ${seconds(live.right.wallSeconds)} (step ${live.right.step})`
      : 'a while (the last bench never saw it right)',
    bench: benchSummary,
  };
}

// ---- into the README -----------------------------------------------------------------------------

const BLOCK = /<!-- figures:([a-z-]+) -->([\s\S]*?)<!-- \/figures -->/g;

/** The README's blocks, by name, as they stand. */
export function blocksIn(readme: string): Record<string, string> {
  return Object.fromEntries([...readme.matchAll(BLOCK)].map((m) => [m[1]!, m[2]!.trim()]));
}

/**
 * `readme` with every block's content replaced by `values[name]`: a block on lines of its own stays on
 * lines of its own. Every block must have a value and every value a block, so a marker lost in an edit
 * or a figure nobody shows fails loudly.
 */
export function fill(readme: string, values: Record<string, string>): string {
  const seen = new Set<string>();
  const out = readme.replace(BLOCK, (_, name: string, old: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`README.md has a block "${name}" that scripts/figures.ts does not write`);
    seen.add(name);
    const own = old.startsWith('\n');
    return `<!-- figures:${name} -->${own ? `\n\n${value}\n\n` : value}<!-- /figures -->`;
  });
  const missing = Object.keys(values).filter((n) => !seen.has(n));
  if (missing.length) throw new Error(`README.md has no block for: ${missing.join(', ')}`);
  return out;
}

/** The README as `npm run docs` writes it: figures filled in, then formatted as the repository's Prettier does. */
export async function render(readme: string, sources: Sources, path = 'README.md'): Promise<string> {
  const options = (await resolveConfig(path)) ?? {};
  return format(fill(readme, figures(sources)), { ...options, filepath: path });
}
