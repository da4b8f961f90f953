/**
 * Everything that needs tfjs, loaded after the first paint as its own chunk: backends, models,
 * translation and in-browser evaluation. The UI gets plain arrays back.
 */
import * as tf from '@tensorflow/tfjs-core';
// First: it registers cpu (and wasm) before the model code registers wasm's extra kernels (wasmKernels.ts);
// startFirstBackend then starts wasm (async) before any tensor exists. WebGL loads when first asked for.
import { chooseBackend, activateBackend, startFirstBackend, timeProbe, type BackendChoice, type BackendName } from './backends';
import type { Example } from '../../data/sample';
import type { TaskId } from '../../data/tasks';
import { modelNames, type ModelName, type Score, type Variant } from '../../model/config';
import { evaluate, type Metrics } from '../../model/evaluate';
import type { Manifest } from '../../model/manifest';
import { disposeModel, type Model } from '../../model/model';
import type { AttentionRule } from '../../model/attention';
import { timeline } from '../../model/timeline';
import { packedWeights } from '../../model/packed';
import { translate, type Trace } from '../../model/translate';
import { scoredTrace } from './scored';
import { fetchModel, type Progress } from './fetchModel';
import { decodeParams } from '../../model/weights';
import { webglContext } from '../../model/tfjsInternals';
import type { PretrainedFile } from '../pretrained';
import { scoreModels, type ScoredTrace } from '../scores';
import { forgetSnapshots, modelAt, stopInfo, type StopInfo } from './snapshots';

/** Where each file of pretrained/ is, and its SHA-256 (the app passes the build's table). */
type Files = (path: string) => PretrainedFile | null;

export type { BackendChoice, BackendName, Trace, Metrics, StopInfo, ScoredTrace };
export { ModelLoadError } from './fetchModel';
export { backendNames, forceHalfFloat } from './backends';

const loaded = new Map<string, Promise<{ model: Model; manifest: Manifest; bytes: ArrayBuffer }>>();

/**
 * Loads the task's attention model `name` (once: the additive `attention`, or the model of another score)
 * and readies the backend with it, its weights packed for decoding: what the first heatmap needs. The page calls it as soon as this chunk arrives, and the app
 * again when it renders: the second call finds the work done or on its way. Its distracted twin comes
 * with `startTwin`. If anything fails, the task's models are forgotten, so a Retry fetches and decodes
 * them afresh instead of reusing a model that failed on first use.
 */
export async function startTask(
  task: TaskId,
  name: ModelName,
  files: Files,
  forced: BackendName | null,
  onProgress: Progress,
): Promise<{ attention: Model; backend: BackendChoice; guided: number; timeline: StopInfo[] }> {
  taskFiles = files;
  try {
    // Decoding the weights makes tensors: a backend must be up first.
    await startFirstBackend();
    const { model, manifest } = await load(task, name, files, onProgress);
    mark('models decoded');
    const backend = forced ? await setupBackend(model, forced) : started();
    await packedWeights(model);
    mark('backend ready, weights packed');
    return { attention: model, backend, guided: manifest.provenance.guidedAlignment ?? 0, timeline: timeline(manifest).map(stopInfo) };
  } catch (e) {
    forgetTask(task);
    throw e;
  }
}

/**
 * The distracted twin, ready to translate. Its download starts with the page (prefetch.ts), but its
 * SHA-256, decoding and packing (~200 ms of main-thread work here) wait until the app asks, which it
 * does once the first heatmap is on screen.
 */
export async function startTwin(task: TaskId, files: Files): Promise<{ model: Model; timeline: StopInfo[] }> {
  try {
    await startFirstBackend();
    const { model, manifest } = await load(task, 'distracted', files, () => {});
    await packedWeights(model);
    return { model, timeline: timeline(manifest).map(stopInfo) };
  } catch (e) {
    forgetTask(task);
    throw e;
  }
}

/** The files table the page passed (for the diagnostics handle, which is asked without one). */
let taskFiles: Files | null = null;

const forgetTask = (task: TaskId) => modelNames.forEach((n) => forget(`${task}/${n}`));

/** A User Timing mark of the cold start (seen in the browser's performance panel and by `npm run bench`). */
function mark(name: string) {
  performance.mark(`lens: ${name}`);
}

/** Drops a loaded model and frees its weights. */
function forget(key: string) {
  const entry = loaded.get(key);
  loaded.delete(key);
  received.delete(key);
  entry?.then(
    (l) => disposeModel(l.model),
    () => {},
  );
}

/** Bytes received and expected per model download, and who is listening (whoever loads it). */
const received = new Map<string, [number, number]>();
const listeners = new Map<string, Set<() => void>>();

/** Loads one model (once), reporting its bytes to every caller, whoever started the download. */
async function load(task: TaskId, name: ModelName, files: Files, onProgress: Progress) {
  const key = `${task}/${name}`;
  const report = () => onProgress(...(received.get(key) ?? [0, 0]));
  let p = loaded.get(key);
  if (!p) {
    p = fetchModel(key, files, (l, t) => {
      received.set(key, [l, t]);
      listeners.get(key)?.forEach((f) => f());
    });
    p.catch(() => loaded.delete(key)); // a failed load may be retried
    loaded.set(key, p);
  }
  const mine = listeners.get(key) ?? new Set();
  listeners.set(key, mine.add(report));
  try {
    return await p;
  } finally {
    mine.delete(report);
  }
}

let backend: BackendChoice | null = null;
let choosing: Promise<BackendChoice> | null = null;

/** The backends' probe: a short real translation (10 words of the model's vocabulary). */
const probeWith = (model: Model) => () => translate(model, model.vocab.source.slice(2, 12), { maxSteps: 12 });

/** Picks the backend once (by probing a real translation; callers meanwhile wait for the same pick), or switches to `forced`. */
export async function setupBackend(probeModel: Model, forced?: BackendName | null): Promise<BackendChoice> {
  if (forced) {
    if (!(await activateBackend(forced))) throw new Error(`${forced} is not available here.`);
    backend = { ...(backend ?? { renderer: null, timings: {} }), name: forced, reason: 'chosen' };
  } else if (!backend || backend.reason === 'starting') {
    choosing ??= chooseBackend(probeWith(probeModel)).finally(() => (choosing = null));
    backend = await choosing;
  }
  watchContextLoss();
  return backend;
}

/** The backend the cold start runs on until the measured choice is made (or kept when it was). */
function started(): BackendChoice {
  backend ??= { name: tf.getBackend() as BackendName, reason: 'starting', renderer: null, timings: {} };
  return backend;
}

/**
 * The measured choice, made once the page has settled (the cold start runs on wasm): asks for the GPU,
 * probes WebGL and wasm where it is a hardware one and moves to the faster, and where nothing was timed
 * (no GPU to weigh against wasm) times the backend in use for the footer.
 */
export async function settleBackend(probeModel: Model): Promise<BackendChoice | null> {
  if (!backend || backend.reason === 'starting') await setupBackend(probeModel);
  if (!backend || backend.reason === 'chosen' || Object.keys(backend.timings).length) return backend;
  const { name } = backend;
  const ms = await timeProbe(probeWith(probeModel));
  if (backend.name === name) backend = { ...backend, timings: { [name]: ms } };
  return backend;
}

// ---- WebGL context loss: fall back, rebuild the weights from the downloaded bytes, say so ----
const lossListeners = new Set<() => void>();
export function onContextLost(f: () => void): () => void {
  lossListeners.add(f);
  return () => void lossListeners.delete(f);
}
function watchContextLoss() {
  const gl = webglContext();
  if (!gl || (gl.canvas as HTMLCanvasElement & { watched?: boolean }).watched) return;
  const canvas = gl.canvas as HTMLCanvasElement & { watched?: boolean };
  canvas.watched = true;
  canvas.addEventListener('webglcontextlost', (e) => {
    e.preventDefault();
    lossListeners.forEach((f) => f());
  });
}

/** After the GPU context is lost its textures (our weights) are gone: move to wasm (or cpu) and decode every loaded model again. */
export async function recoverFromContextLoss(): Promise<BackendChoice> {
  if (!(await activateBackend('wasm'))) await activateBackend('cpu');
  forgetSnapshots(); // fetched again when next used
  for (const entry of loaded.values()) {
    const l = await entry;
    l.model.params = decodeParams(l.manifest.weights.specs, l.bytes);
  }
  backend = { name: tf.getBackend() as BackendName, reason: 'context-lost', renderer: backend?.renderer ?? null, timings: {} };
  return backend;
}

/**
 * The test handle (`?diagnostics=1` only): which backend runs, how many tensors are alive, one
 * translation — and `loseContext`, which is not read-only: it loses the WebGL context on purpose, as a
 * crashed driver would, so a test can watch the page recover.
 */
export const diagnostics = {
  backend: () => tf.getBackend(),
  numTensors: () => tf.memory().numTensors,
  async translate(task: TaskId, name: ModelName, tokens: string[]) {
    if (!taskFiles) throw new Error(`${task}/${name} is not loaded`);
    // The twin may not be asked for yet (it loads once the first heatmap is on screen): load it, once.
    return translate((await load(task, name, taskFiles, () => {})).model, tokens);
  },
  loseContext: () => webglContext()?.getExtension('WEBGL_lose_context')?.loseContext(),
};
/** Exposes `diagnostics` as `window.attentionLens`: only when the page asks for it (`?diagnostics=1`). */
export function installDiagnostics() {
  (globalThis as unknown as { attentionLens: typeof diagnostics }).attentionLens = diagnostics;
}

/** What the explorer's lab changes about a translation: which weights (a snapshot), and how α is made (attention only). */
export interface Lab {
  /** % of training (the nearest stop of each model's timeline), or null for the shipped weights. */
  snapshot: number | null;
  rule: AttentionRule;
  /** Forced cells: output step → source word. */
  forced: Record<number, number>;
}

/** `model`'s translation of `tokens` under `lab` (the rule and forced cells for attention models only), with the numbers behind its α. */
async function run(task: TaskId, name: ModelName, files: Files, tokens: string[], lab: Lab) {
  const key = `${task}/${name}`;
  const shipped = await loaded.get(key);
  if (!shipped) throw new Error(`${key} is not loaded`);
  const { model, at } = lab.snapshot === null ? { model: shipped.model, at: null } : await modelAt(key, shipped, lab.snapshot, files);
  const attention = model.config.variant === 'attention';
  const trace = await translate(model, tokens, attention ? { k: 5, rule: lab.rule, forced: lab.forced } : { k: 5 });
  return { trace: scoredTrace(model, trace), at };
}

/**
 * The translations of `tokens` by the models `which` names for each role (the attention role's by its
 * score, and the distracted twin; or the attention model alone while its twin loads) under `lab`, and
 * where on its timeline each model was (null: not asked).
 */
export async function translateLab(
  task: TaskId,
  files: Files,
  tokens: string[],
  lab: Lab,
  which: Partial<Record<Variant, ModelName>>,
): Promise<{ traces: Partial<Record<Variant, ScoredTrace>>; at: Record<Variant, StopInfo | null> }> {
  const roles = Object.entries(which) as [Variant, ModelName][];
  const done = await Promise.all(roles.map(async ([role, name]) => [role, await run(task, name, files, tokens, lab)] as const));
  if (!performance.getEntriesByName('lens: translated').length) mark('translated'); // the first only: marks are kept for the page's life
  return {
    traces: Object.fromEntries(done.map(([v, r]) => [v, r.trace])),
    at: { attention: null, distracted: null, ...Object.fromEntries(done.map(([v, r]) => [v, r.at])) },
  };
}

/**
 * Compare scores: `tokens` translated by the task's attention model of every score under `lab`, each
 * loaded (once) and packed when first asked for.
 */
export async function translateScores(
  task: TaskId,
  files: Files,
  tokens: string[],
  lab: Lab,
): Promise<Partial<Record<Score, { trace: ScoredTrace; at: StopInfo | null }>>> {
  const models = Object.entries(scoreModels(task)) as [Score, ModelName][];
  const done = await Promise.all(
    models.map(async ([score, name]) => {
      await packedWeights((await load(task, name, files, () => {})).model);
      return [score, await run(task, name, files, tokens, lab)] as const;
    }),
  );
  return Object.fromEntries(done);
}

export function measure(model: Model, examples: Example[], onProgress: (done: number) => void): Promise<Metrics> {
  return evaluate(model, examples, { batchSize: 100, onProgress });
}
