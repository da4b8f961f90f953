/**
 * npm run train -- --task en-zh|dates --model attention|distracted|general|scaled-dot [--steps N] [--fresh] [--segment N] [--language 4|5]
 *   [--precision float16|mixed|uint8|float32] [--decay N] [--hidden N]
 *
 * Trains one model on the tfjs wasm backend: seeded, length-bucketed batches, Adam with warm-up, decay
 * and global-norm clipping, validation every few hundred steps keeping the best weights, snapshots
 * along the way, and a checkpoint to resume from after an interruption.
 *
 * A long run trains in fresh processes of `--segment` steps each (default 3 000; 0 = one process), each
 * resuming from the checkpoint the last one wrote, which is exact: an en-zh attention trainer's time per
 * step grew with the age of its process (0.36 s early, 0.47 s by step 7 000) and fell back to 0.30 s
 * when the same run resumed in a new process.
 *
 * `--decay N`: the step by which the learning rate has fallen to a tenth of its peak (default: `--steps`);
 * past it the rate goes on falling at the same pace. The schedule up to any step depends on `--decay`
 * alone, so a finished run is carried further by running it again with more `--steps` and the same
 * `--decay` (its checkpoint resumes exactly), and that gives the very weights of one run of that length.
 *
 * `--model` names a model: `attention` is the additive score's, `general` and `scaled-dot` are the same
 * attention model with another score (config.ts's `modelKind`).
 *
 * `--language` picks the version of the en-zh language (default: the one the app ships, EN_ZH_SHIPPED).
 *
 * `--hidden N`: the GRU state size (default 128, config.ts's defaultSizes); the encoder states h_j are 2N wide.
 */
import * as tf from '@tensorflow/tfjs-core';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { enzhLexicon, enzhVersions, type EnzhVersion } from '../data/enzh/lexicon';
import { EN_ZH_SHIPPED, enzhTask, taskIds, tasks } from '../data/tasks';
import { buildVocab } from '../data/vocab';
import { defaultSizes, modelKind, modelNames, type ModelConfig } from '../model/config';
import { evaluate } from '../model/evaluate';
import { MANIFEST_FORMAT, type Manifest } from '../model/manifest';
import { countParams, initParams, type Params } from '../model/params';
import { encodeParams, precisions, sha256, type Precision } from '../model/weights';
import { adamState, type AdamState } from '../learn/adam';
import { oneOf, parseArgs, positiveInt } from './args';
import { startNodeBackend } from './backend';
import { balanced, type Balance } from './balance';
import { cachedCorpus, trainingCorpusOptions } from './corpusCache';
import { disposeBatch, epochBatches, toBatch } from '../learn/batches';
import { drills } from './drills';
import { loadCheckpoint, saveCheckpoint, type LoopState } from './checkpoint';
import { modelDir, writeFile, writeJson } from './files';
import { duration, progressBar } from './progress';
import { learningRate, trainStep } from '../learn/step';

/**
 * en-zh@4: en-zh@3's language and corpus, its training split joined by the fixed expressions alone
 * (drills.ts). en-zh@5: the language grown by issue 27 (`--language 5`).
 */
const dataVersion = (language: number) => `en-zh@${language},dates@3`;
/**
 * Steps per model (batches of 64): everyday en-zh (en-zh@3) needs more than the core language did
 * (2 400 / 3 000). 8 000 reached 97.7 % exact; the hand-written gradients (backprop.ts) made 12 000 fit
 * in 90 minutes (99.8 % on validation, 11 errors on 2 622 fresh dev sentences), and processes of 3 000
 * steps (--segment) 15 000 (99.9 %, 5 errors). The dates@3 grammar, 28 formats: 3 500 and 2 000; the
 * general score reached 99.7 % exact on validation by step 750 of a 3 500-step run, so the other scores
 * train 1 250 (the dot scores run on tf ops, about twice as slow a step as the additive score's kernels).
 */
const defaultSteps = (language: EnzhVersion) => ({
  'en-zh': language >= 5 ? enzh5Steps : { attention: 15000, distracted: 15000, general: 15000, 'scaled-dot': 15000 },
  dates: { attention: 3500, distracted: 2000, general: 1250, 'scaled-dot': 1250 },
});
/**
 * en-zh@5 (issue 27: 4 000 English word forms) learns about 1.7× slower per step than en-zh@4 (52.7 % exact
 * on validation at step 1 750). On 160 000 training sentences, 24 000 steps reached 97.5 % on validation and
 * learned the training split whole (corpusCache.ts); on 640 000 it trains 32 000 steps.
 */
const enzh5Steps = { attention: 32000, distracted: 32000, general: 32000, 'scaled-dot': 32000 };
/**
 * Weight of the guided-alignment term for attention models. Unguided, en-zh attention reached 99.3 %
 * exact but put its largest α on a gold-linked word for only 83.7 % of output tokens (manner, time and
 * place words looked at the verb, whose backward state already carries them); dates aligned by
 * itself (97.8 %).
 */
const defaultGuidedAlignment = { 'en-zh': 0.5, dates: 0 };
const SNAPSHOTS = [0, 0.01, 0.05, 0.2, 0.5, 1];

const { values } = parseArgs(process.argv.slice(2), {
  task: 'string',
  model: 'string',
  steps: 'string',
  batch: 'string',
  seed: 'string',
  lr: 'string',
  out: 'string',
  fresh: 'boolean',
  'eval-every': 'string',
  'guided-alignment': 'string',
  segment: 'string',
  language: 'string',
  precision: 'string',
  decay: 'string',
  hidden: 'string',
});
const taskId = oneOf('task', values.task, taskIds);
const language = Number(oneOf('language', values.language, enzhVersions.map(String), String(EN_ZH_SHIPPED))) as EnzhVersion;
/** Repeats of sentences with rare source words and fixed expressions (balance.ts); dates' words are all common. */
const phrases = enzhLexicon(language).expressions.map((e) => e.en.join(' '));
const defaultBalance: Record<string, Balance | null> = { 'en-zh': { minCount: 80, maxRepeat: 8, phrases }, dates: null };
/** Copies of each fixed expression alone with each of its marks in the training split (drills.ts). */
const defaultDrills = { 'en-zh': { phrases, copies: 20 }, dates: null };
const name = oneOf('model', values.model, modelNames);
const kind = modelKind(name);
const variant = kind.variant;
const steps = positiveInt('steps', values.steps, defaultSteps(language)[taskId][name]);
const decay = positiveInt('decay', values.decay, steps);
const batchSize = positiveInt('batch', values.batch, 64);
const seed = positiveInt('seed', values.seed, 1);
const evalEvery = positiveInt('eval-every', values['eval-every'], 250);
const peakLr = Number(values.lr ?? 2e-3);
const guidedAlignment = variant === 'attention' ? Number(values['guided-alignment'] ?? defaultGuidedAlignment[taskId]) : 0;
const clip = 1;
const root = typeof values.out === 'string' ? values.out : 'pretrained';
// The app reads pretrained/ with the shipped language: another version's models go elsewhere.
if (taskId === 'en-zh' && language !== EN_ZH_SHIPPED && root === 'pretrained')
  throw new Error(`--language ${language} is not the shipped en-zh@${EN_ZH_SHIPPED}: write its models with --out DIR.`);
/**
 * How the shipped weights are stored (weights.ts). en-zh@5's vocabularies made a float16 model 3.2 MB, over
 * the 3 MB download goal. On en-zh@4's test split (npm run precision), every tensor in uint8 changed none
 * of the attention model's 1 000 translations and cost the distracted model 0.1 point of exact match
 * (mixed: 0.4), at half float16's bytes. Dates and en-zh@4 keep float16.
 */
const defaultPrecision: Precision = taskId === 'en-zh' && enzhLexicon(language).v5 ? 'uint8' : 'float16';
const precision = oneOf('precision', values.precision, precisions, defaultPrecision);
const outDir = modelDir(root, taskId, name);
// Checkpoints beside the output's own name, so two runs to different folders never share one.
const ckptDir = join(
  '.cache',
  'checkpoints',
  root === 'pretrained' ? `${taskId}-${name}` : `${root.replace(/[^\w-]+/g, '_')}-${taskId}-${name}`,
);
const command = `npm run train -- ${process.argv.slice(2).join(' ')}`;
const segment = values.segment === '0' ? 0 : positiveInt('segment', values.segment, 3000);
/** A segment's process exits with this code when steps remain: its supervisor starts the next one. */
const MORE_STEPS = 75;
const inSegment = process.env.ATTENTION_LENS_SEGMENT === '1';

if (segment && !inSegment) {
  // The supervisor: clears the checkpoint once if asked, then runs segments until one finishes the run.
  if (values.fresh) for (const d of [ckptDir, `${ckptDir}.old`]) rmSync(d, { recursive: true, force: true });
  const args = process.argv.slice(2).filter((a) => a !== '--fresh');
  for (;;) {
    const run = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, ...args], {
      stdio: 'inherit',
      env: { ...process.env, ATTENTION_LENS_SEGMENT: '1' },
    });
    if (run.status !== MORE_STEPS) process.exit(run.status ?? 1);
  }
}

const backend = await startNodeBackend();
const task = taskId === 'en-zh' ? enzhTask(language) : tasks[taskId];
const corpusOptions = trainingCorpusOptions(task, taskId === 'en-zh' && enzhLexicon(language).v5);
// Sampled once per run: the segments after the first read it from .cache/corpus/ (corpusCache.ts).
const {
  corpus,
  cached,
  seconds: corpusSeconds,
  file: corpusFile,
} = cachedCorpus(task, taskId === 'en-zh' ? `en-zh@${language}` : taskId, corpusOptions);
const corpusHash = await sha256(
  new TextEncoder().encode(JSON.stringify([corpus.train, corpus.validation, corpus.test].map((s) => s.map((e) => e.source.join(' '))))),
);
console.error(
  `${taskId}: ${corpus.train.length} train / ${corpus.validation.length} validation / ${corpus.test.length} test sentences ${cached ? 'read from' : 'made and kept in'} ${corpusFile} in ${corpusSeconds.toFixed(1)} s`,
);
if (corpus.uncovered?.length)
  console.error(
    `${corpus.uncovered.length} words of the language are in no training sentence (no try reached them): ${corpus.uncovered.join(' ')}`,
  );
writeJson(join(root, taskId, 'test.json'), {
  task: taskId,
  dataVersion: dataVersion(language),
  seed: corpusOptions.seed,
  examples: corpus.test,
});

const vocab = buildVocab(corpus.train);
const drill = defaultDrills[taskId];
const training = [...corpus.train, ...(drill ? drills(task, drill.phrases, drill.copies) : [])];
const balance = defaultBalance[taskId];
const trainOrder = balance ? balanced(training, balance) : training.map((_, i) => i);
if (balance)
  console.error(
    `${taskId}: sentences with words seen under ${balance.minCount} times repeated: ${trainOrder.length} training examples an epoch`,
  );
const hidden = positiveInt('hidden', values.hidden, defaultSizes.hidden);
const config: ModelConfig = { ...kind, ...defaultSizes, hidden, sourceVocab: vocab.source.length, targetVocab: vocab.target.length };

// ---- state: fresh, or resumed from the checkpoint ----
let params: Params;
let adam: AdamState;
let saved: LoopState = { step: 0, seconds: 0, best: { exact: -1, tokenAccuracy: -1, step: 0 }, snapshots: [], config, steps, decay };
// Under a supervisor `--fresh` never reaches here: the supervisor cleared the checkpoint once.
if (values.fresh) for (const d of [ckptDir, `${ckptDir}.old`]) rmSync(d, { recursive: true, force: true });
const resumed = loadCheckpoint(ckptDir);
if (resumed) {
  ({ state: saved, params, adam } = resumed);
  // Same model and schedule; more steps carry a run further (see --decay), fewer end it where it is.
  if (JSON.stringify(saved.config) !== JSON.stringify(config) || (saved.decay ?? saved.steps) !== decay)
    throw new Error(
      `The checkpoint in ${ckptDir} is for another configuration or learning-rate schedule (--decay ${saved.decay ?? saved.steps}): pass --fresh to start over.`,
    );
  saved = { ...saved, steps, decay };
  console.error(
    `Resuming from step ${saved.step} (best validation exact ${(saved.best.exact * 100).toFixed(1)} % at step ${saved.best.step}).`,
  );
} else {
  params = initParams(config, seed);
  adam = adamState(params);
}
const vars = Object.fromEntries(Object.entries(params).map(([k, t]) => [k, tf.variable(t, true, k)]));
console.error(`${taskId}/${name}: ${countParams(params)} parameters, ${steps} steps of ${batchSize}, backend ${backend}`);

const model = { config, vocab, params: vars };
async function validate(sample = corpus.validation) {
  return evaluate(model, sample, { batchSize: 250 });
}

async function writeManifest(weights?: { data: ArrayBuffer; specs: tf.io.WeightsManifestEntry[] }) {
  const path = join(outDir, 'model.json');
  let w: Manifest['weights'];
  if (weights) {
    writeFile(join(outDir, 'weights.bin'), weights.data);
    w = {
      file: 'weights.bin',
      bytes: weights.data.byteLength,
      sha256: await sha256(weights.data),
      precision,
      specs: weights.specs,
    };
  } else w = (JSON.parse(readFileSync(path, 'utf8')) as Manifest).weights;
  const manifest: Manifest = {
    format: MANIFEST_FORMAT,
    task: taskId,
    config,
    vocab,
    weights: w,
    // A snapshot's share of training, of the run as it now stands (a run carried further holds its older ones earlier).
    snapshots: saved.snapshots.map((s) => ({ ...s, fraction: Math.round((s.step / steps) * 1000) / 1000 })),
    provenance: {
      seed,
      guidedAlignment,
      step: saved.best.step,
      steps,
      ...(decay !== steps && { decay }),
      batchSize,
      dataVersion: dataVersion(language),
      corpus: {
        train: corpus.train.length,
        validation: corpus.validation.length,
        test: corpus.test.length,
        sha256: corpusHash,
        ...(corpus.uncovered && { uncovered: corpus.uncovered }),
      },
      validation: { exact: saved.best.exact, tokenAccuracy: saved.best.tokenAccuracy },
      trainingSeconds: Math.round(saved.seconds),
      backend,
      trainedAt: new Date().toISOString(),
      command,
    },
  };
  writeJson(path, manifest);
}

async function snapshot(fraction: number) {
  const { data, specs } = await encodeParams(vars, 'uint8');
  const file = `snapshot-${String(Math.round(fraction * 100)).padStart(3, '0')}.bin`;
  writeFile(join(outDir, 'snapshots', file), data);
  writeJson(join(outDir, 'snapshots', 'specs.json'), specs);
  const m = await validate(corpus.validation.slice(0, 300));
  saved.snapshots = [
    ...saved.snapshots.filter((s) => s.file !== `snapshots/${file}`),
    { fraction, step: saved.step, file: `snapshots/${file}`, bytes: data.byteLength, sha256: await sha256(data), validationExact: m.exact },
  ];
}

const segmentEnd = segment && inSegment ? saved.step + segment : Infinity;
// Along the schedule (--decay), and the last at the end: a run carried further takes the same ones as one of its length.
const snapshotSteps = SNAPSHOTS.map((f) => (f < 1 ? Math.round(f * decay) : steps));
const bar = progressBar(`${taskId}/${name}`, steps);
// Every epoch has the same number of batches, so the step alone says where we are: resuming is exact.
const trainExamples = trainOrder.map((i) => training[i]!);
const batchesPerEpoch = epochBatches(trainExamples, batchSize, seed, 0).length;
let epoch = -1;
let order: number[][] = [];
let recentLoss = NaN;
let recentAcc = NaN;

if (saved.step === 0 && !saved.snapshots.length) await snapshot(0);
while (saved.step < steps) {
  if (Math.floor(saved.step / batchesPerEpoch) !== epoch) {
    epoch = Math.floor(saved.step / batchesPerEpoch);
    order = epochBatches(trainExamples, batchSize, seed, epoch);
  }
  // The process's own CPU time, not the wall clock: a paused (SIGSTOP) or crowded trainer is not
  // charged for the time it did not run. Evaluation and saving below are not training time.
  const stepStart = process.cpuUsage();
  const examples = order[saved.step % batchesPerEpoch]!.map((i) => trainExamples[i]!);
  const batch = toBatch(examples, vocab);
  const { loss, accuracy: acc } = await trainStep(vars, adam, config, batch, {
    lr: learningRate(peakLr, saved.step, decay),
    clip,
    guidedAlignment,
  });
  disposeBatch(batch);
  if (!Number.isFinite(loss)) throw new Error(`Loss became ${loss} at step ${saved.step}: lower --lr and run with --fresh.`);
  recentLoss = Number.isNaN(recentLoss) ? loss : 0.95 * recentLoss + 0.05 * loss;
  recentAcc = Number.isNaN(recentAcc) ? acc : 0.95 * recentAcc + 0.05 * acc;
  saved.step++;
  const used = process.cpuUsage(stepStart);
  saved.seconds += (used.user + used.system) / 1e6;

  if (saved.step % evalEvery === 0 || saved.step === steps) {
    const m = await validate();
    // Better on validation, or perfect again: a perfect score can't be beaten, so once validation
    // saturates (dates), the weights trained longest are kept instead of the first to reach it.
    const perfect = m.exact === 1 && m.tokenAccuracy === 1;
    if (perfect || m.exact > saved.best.exact || (m.exact === saved.best.exact && m.tokenAccuracy > saved.best.tokenAccuracy)) {
      saved.best = { exact: m.exact, tokenAccuracy: m.tokenAccuracy, step: saved.step };
      await writeManifest(await encodeParams(vars, precision));
    }
    process.stderr.write(
      `\n  step ${saved.step}: validation exact ${(m.exact * 100).toFixed(2)} % · by length ${m.byLength.map((b) => (b ? (b.exact * 100).toFixed(1) : '—')).join(' / ')} · best ${(saved.best.exact * 100).toFixed(2)} % @ ${saved.best.step}\n`,
    );
  }
  if (snapshotSteps.includes(saved.step)) await snapshot(SNAPSHOTS[snapshotSteps.indexOf(saved.step)]!);
  if (saved.step % evalEvery === 0 || saved.step === steps) {
    await writeManifest();
    await saveCheckpoint(ckptDir, vars, adam, saved);
  }
  bar(saved.step, `loss ${recentLoss.toFixed(3)} acc ${(recentAcc * 100).toFixed(1)}%`, saved.seconds / saved.step);
  // A segment ends at a checkpoint, so the next process resumes exactly here.
  if (saved.step >= segmentEnd && saved.step % evalEvery === 0 && saved.step < steps) {
    process.stderr.write(`\n  segment done at step ${saved.step}: resuming in a fresh process\n`);
    process.exit(MORE_STEPS);
  }
}
console.error(
  `\nDone: ${taskId}/${name}, best validation exact ${(saved.best.exact * 100).toFixed(2)} % at step ${saved.best.step}, ${duration(saved.seconds)} of training. Weights in ${outDir}/.`,
);
