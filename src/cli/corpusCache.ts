/**
 * The training corpus, made once per run. A long run trains in fresh processes (train.ts's `--segment`),
 * and an en-zh@5 corpus took over an hour to sample: each segment read it again from `.cache/corpus/`
 * instead. The file's name is a hash of everything that decides the corpus — the task and its version,
 * the corpus options (seed, sizes, held-out sentences) and the grammar's own source files — so a changed
 * grammar or option makes a new corpus, never a stale one.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { defaultCorpus, makeCorpus, type Corpus, type CorpusOptions } from '../data/corpus';
import { heldOutSentences, YARDSTICK_FILE, yardstickLines } from '../data/enzh/yardstick';
import type { Task } from '../data/tasks';
import { writeFile } from './files';

/**
 * The options a training run's corpus is made with: the task's defaults, and from en-zh@5 on the
 * yardstick's sentences in no split (yardstick.ts), a larger training split, and every word of the language in 10 training
 * sentences where the grammar can say it (cover.ts: 120 000 sampled sentences held 22 of its words never).
 */
export function trainingCorpusOptions(task: Task, v5: boolean): CorpusOptions {
  if (!v5) return defaultCorpus[task.id];
  return {
    ...defaultCorpus[task.id],
    // A language of 4 000 words, three times en-zh@4's. On 160 000 sentences the attention model learned
    // its training split whole (600 of them sampled: 100 % exact at step 23 000) and stopped near 97 % on
    // validation: it had seen too few of the language's sentences, not too few steps. The grammar makes
    // as many as we ask for.
    train: 640_000,
    heldOut: heldOutSentences(task, yardstickLines(readFileSync(YARDSTICK_FILE, 'utf8'))),
    cover: { count: 10, tries: 300 },
  };
}

export interface CorpusCacheOptions {
  /** Where corpora are kept. */
  dir?: string;
  /** The folder whose files decide the corpus (every file under it but tests): the grammar and sampler. */
  sources?: string;
}

/** Every file under `dir` except tests, by path, in a fixed order. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile() && !/\.test\.tsx?$/.test(f))
    .sort();
}

/** The cache key: a SHA-256 of the task's name and version, the options and the sources' contents. */
export function corpusKey(task: Task, version: string, options: CorpusOptions, sources = 'src/data'): string {
  const hash = createHash('sha256');
  const { heldOut, ...rest } = options;
  hash.update(JSON.stringify({ task: task.id, version, options: rest, heldOut: heldOut ? [...heldOut].sort() : [] }));
  for (const f of sourceFiles(sources)) hash.update(`\0${relative(sources, f)}\0`).update(readFileSync(f));
  return hash.digest('hex').slice(0, 16);
}

/**
 * `makeCorpus(task, options)`, read from the cache when this key made it before, else made and stored.
 * `version` names the task's version (`en-zh@5`): two versions of one task share its id.
 */
export function cachedCorpus(
  task: Task,
  version: string,
  options: CorpusOptions,
  { dir = join('.cache', 'corpus'), sources = 'src/data' }: CorpusCacheOptions = {},
): { corpus: Corpus; file: string; cached: boolean; seconds: number } {
  const t0 = Date.now();
  const file = join(dir, `${version.replace(/[^\w.-]+/g, '_')}-${corpusKey(task, version, options, sources)}.json`);
  const read = () => ({ corpus: JSON.parse(readFileSync(file, 'utf8')) as Corpus, file, cached: true, seconds: (Date.now() - t0) / 1000 });
  if (existsSync(file)) return read();
  // Two trainers started at once (both models of a pair) make it once: the second waits for the first.
  const lock = `${file}.lock`;
  while (!takeLock(lock)) {
    if (existsSync(file)) return read();
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2000);
  }
  try {
    if (existsSync(file)) return read();
    const corpus = makeCorpus(task, options);
    // Written aside and renamed: a reader never sees half a file.
    const partial = `${file}.${process.pid}.partial`;
    writeFile(partial, JSON.stringify(corpus));
    renameSync(partial, file);
    return { corpus, file, cached: false, seconds: (Date.now() - t0) / 1000 };
  } finally {
    rmSync(lock, { force: true });
  }
}

/** Creates `lock` holding our pid; false while a living process holds it (a dead one's lock is taken over). */
function takeLock(lock: string): boolean {
  mkdirSync(dirname(lock), { recursive: true });
  try {
    const fd = openSync(lock, 'wx');
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch {
    const pid = Number(readFileSync(lock, 'utf8'));
    // A lock created a moment ago may not hold its pid yet: held.
    if (!pid || alive(pid)) return false;
    rmSync(lock, { force: true });
    return takeLock(lock);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
