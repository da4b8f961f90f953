/**
 * Picks where tfjs runs, by measurement on this device: with a hardware GPU, WebGL unless wasm is
 * clearly faster (more than 1.2×: a small model on a weak GPU); otherwise (a software renderer such as
 * SwiftShader, no WebGL, or a failure) wasm, timed for the footer, and cpu only where wasm can't start.
 * cpu (tfjs's plain-JavaScript kernels) was never the faster of the two on any machine we measured
 * (10–30× slower), and probing it cost a second of every cold start.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { pickBackend, type BackendName } from './pickBackend';
import { setupWasm } from '../../model/wasmSetup';

setupWasm(); // registers the wasm backend too (importing it does)

export type { BackendName };
export const backendNames: BackendName[] = ['webgl', 'wasm', 'cpu'];
export type BackendReason = 'starting' | 'gpu' | 'gpu-slower' | 'chosen' | 'software-gpu' | 'no-webgl' | 'context-lost';

export interface BackendChoice {
  name: BackendName;
  /** Why this backend (the UI words it in its language). */
  reason: BackendReason;
  /** The GPU's renderer string when WebGL is available. */
  renderer: string | null;
  /** Measured milliseconds per probe run, per backend tried. */
  timings: Partial<Record<BackendName, number>>;
}

let renderer: string | null | undefined;

/** The WebGL renderer string, or null without WebGL (asked once: each ask makes a WebGL context). */
export function webglRenderer(): string | null {
  if (renderer === undefined) renderer = askRenderer();
  return renderer;
}

function askRenderer(): string | null {
  try {
    const gl = document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl');
    if (!gl) return null;
    const ext = gl.getExtension('WEBGL_debug_renderer_info');
    return String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  } catch {
    return null;
  }
}

export const isSoftwareRenderer = (r: string) => /swiftshader|llvmpipe|software|basic render/i.test(r);

let halfFloat = false;
/** Simulate a phone GPU (half-float textures) on WebGL: set by the app from its own allow-listed URL parameter, applied when WebGL loads. */
export const forceHalfFloat = () => void (halfFloat = true);

/** WebGL's backend is its own chunk (a third of tfjs): the cold start runs on wasm, and it loads when first asked for. */
let webglLoaded: Promise<unknown> | null = null;
const loadWebgl = () =>
  (webglLoaded ??= import('./webgl').then(
    () => halfFloat && tf.env().set('WEBGL_FORCE_F16_TEXTURES', true), // its flags exist once it is loaded
    (e) => ((webglLoaded = null), Promise.reject(e)),
  ));

export async function activateBackend(name: BackendName): Promise<boolean> {
  try {
    if (name === 'webgl') {
      await loadWebgl();
      tf.env().set('SOFTWARE_WEBGL_ENABLED', true); // we decide about software GPUs ourselves
    }
    return (await tf.setBackend(name)) && tf.getBackend() === name;
  } catch {
    return false;
  }
}

let first: Promise<void> | null = null;

/**
 * The first backend, before any model is decoded (started once; again after a failure): wasm, without
 * asking about the GPU. Asking makes a WebGL context (~60 ms here) and, with a hardware GPU, probing it
 * compiles its shaders; the first heatmap waits for neither. The measured choice (`chooseBackend`) is
 * made once the page has settled, and moves to WebGL where it wins.
 */
export function startFirstBackend(): Promise<void> {
  first ??= (async () => {
    if (await activateBackend('wasm')) return;
    await tf.ready();
  })();
  first.catch(() => (first = null));
  return first;
}

/** Milliseconds per run of `probe` on the active backend, after a warm-up run. */
export async function timeProbe(probe: () => Promise<unknown>): Promise<number> {
  await probe(); // warm-up
  const t0 = performance.now();
  await probe();
  await probe();
  return (performance.now() - t0) / 2;
}

/**
 * Chooses and activates a backend. `probe` runs a representative piece of work (a short translation).
 * With a hardware GPU, WebGL and wasm are both timed and the choice made by the figures. Otherwise there
 * is nothing to choose (wasm; cpu where wasm can't start) and nothing is timed here: the cold start
 * doesn't wait for it, and the figure for the footer is taken later (`timeProbe`).
 */
export async function chooseBackend(probe: () => Promise<unknown>, forced?: BackendName | null): Promise<BackendChoice> {
  const renderer = webglRenderer();
  if (forced && (await activateBackend(forced))) return { name: forced, reason: 'chosen', renderer, timings: {} };
  // A software renderer is not probed: compiling its shaders on the CPU alone takes seconds.
  if (!renderer || isSoftwareRenderer(renderer)) {
    const name = (await activateBackend('wasm')) ? 'wasm' : 'cpu';
    if (name === 'cpu') await activateBackend('cpu');
    return { name, reason: renderer ? 'software-gpu' : 'no-webgl', renderer, timings: {} };
  }
  const timings: Partial<Record<BackendName, number>> = {};
  for (const name of ['webgl', 'wasm'] as const) if (await activateBackend(name)) timings[name] = await timeProbe(probe);
  const name = pickBackend(timings) ?? 'cpu';
  await activateBackend(name);
  return { name, reason: name === 'webgl' ? 'gpu' : 'gpu-slower', renderer, timings };
}
