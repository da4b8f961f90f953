/** Adam with global-norm gradient clipping; its state can be saved and restored for resuming. */
import * as tf from '@tensorflow/tfjs-core';
import type { Params } from '../model/params';
import { fastKernels, runKernel } from './simd/kernels';

export interface AdamState {
  step: number;
  m: Params;
  v: Params;
}

export function adamState(params: Params): AdamState {
  const zeros = () => Object.fromEntries(Object.entries(params).map(([k, t]) => [k, tf.zerosLike(t)]));
  return { step: 0, m: zeros(), v: zeros() };
}

/** One update of `variables` in place; returns the gradients' global norm before clipping. `grads` is keyed like `variables`. */
export function adamUpdate(
  variables: Record<string, tf.Variable>,
  grads: Params,
  state: AdamState,
  lr: number,
  clip: number,
  b1 = 0.9,
  b2 = 0.999,
  eps = 1e-8,
  fast = fastKernels(), // false: the tf ops (the kernel's results are theirs, bit for bit)
): number {
  state.step++;
  const norm = tf.tidy(() => tf.sqrt(tf.addN(Object.values(grads).map((g) => tf.sum(tf.square(g))))).dataSync()[0]!);
  const scale = norm > clip ? clip / norm : 1;
  const c1 = 1 - b1 ** state.step;
  const c2 = 1 - b2 ** state.step;
  for (const [name, variable] of Object.entries(variables)) {
    const g0 = grads[name];
    if (!g0) continue; // a parameter this loss doesn't use
    if (fast) {
      // One wasm SIMD kernel: the same float32 operations in the same order as the tf ops below.
      const [w, m, v] = runKernel(
        'Adam',
        { w: variable, g: g0, m: state.m[name], v: state.v[name] },
        { hyper: [scale, b1, 1 - b1, b2, 1 - b2, c1, lr, c2, eps] },
      );
      variable.assign(w!);
      tf.dispose([w!, state.m[name]!, state.v[name]!]);
      [state.m[name], state.v[name]] = [m!, v!];
      continue;
    }
    const [m, v] = tf.tidy(() => {
      const g = tf.mul(g0, scale);
      return [tf.add(tf.mul(state.m[name]!, b1), tf.mul(g, 1 - b1)), tf.add(tf.mul(state.v[name]!, b2), tf.mul(tf.square(g), 1 - b2))];
    });
    state.m[name]!.dispose();
    state.v[name]!.dispose();
    state.m[name] = m!;
    state.v[name] = v!;
    tf.tidy(() => variable.assign(tf.sub(variable, tf.div(tf.mul(tf.div(m!, c1), lr), tf.add(tf.sqrt(tf.div(v!, c2)), eps)))));
  }
  return norm;
}
