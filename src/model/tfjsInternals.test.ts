import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, describe, expect, it } from 'vitest';
import { cpuTensors, installedVersions, internalsProblem, PINNED_TFJS, versionProblem, wasmHeap } from './tfjsInternals';

describe('tfjsInternals: the one door to tfjs internals, for the pinned release only', () => {
  afterAll(() => tf.setBackend('wasm'));

  it('package.json pins every @tensorflow package to the release the accessors were written for, and that release is installed', () => {
    const { dependencies } = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    const tfjs = Object.entries(dependencies).filter(([name]) => name.startsWith('@tensorflow/'));
    expect(tfjs.length).toBeGreaterThanOrEqual(4);
    for (const [name, range] of tfjs) expect(range, name).toBe(PINNED_TFJS);
    for (const backend of ['wasm', 'cpu', 'webgl'] as const) {
      for (const [name, version] of Object.entries(installedVersions(backend))) expect(version, name).toMatch(`${PINNED_TFJS}.`);
      expect(internalsProblem(backend)).toBeNull();
    }
  });

  it('versionProblem names the first package off the pinned release, its version, and what to do', () => {
    expect(versionProblem({ '@tensorflow/tfjs-core': `${PINNED_TFJS}.0`, '@tensorflow/tfjs-backend-wasm': `${PINNED_TFJS}.7` })).toBeNull();
    const problem = versionProblem({ '@tensorflow/tfjs-core': `${PINNED_TFJS}.0`, '@tensorflow/tfjs-backend-wasm': '4.23.0' });
    expect(problem).toContain('@tensorflow/tfjs-backend-wasm 4.23.0 is installed');
    expect(problem).toContain(`${PINNED_TFJS}.x`);
    expect(problem).toContain('readable tf ops run instead');
    expect(problem).toContain('PINNED_TFJS');
    // 4.2 is not 4.22: the check compares whole version parts.
    expect(versionProblem({ '@tensorflow/tfjs-core': '4.2.0' })).toContain('@tensorflow/tfjs-core 4.2.0');
  });

  it("wasmHeap reaches a tensor's values in place, at its address, and makes and frees tensors in the heap", async () => {
    await tf.setBackend('wasm');
    const heap = wasmHeap(tf.backend());
    expect(wasmHeap(tf.backend())).toBe(heap); // one per backend
    const x = tf.tensor2d([1.5, -2, 3, 4.25, 5, -6], [2, 3]);
    expect(Array.from(heap.view(x))).toEqual([1.5, -2, 3, 4.25, 5, -6]);
    const at = heap.address(x);
    expect(Array.from(new Float32Array(heap.memory().buffer, at, 6))).toEqual([1.5, -2, 3, 4.25, 5, -6]);

    const before = tf.backend().numDataIds();
    const made = heap.make([2, 2], 'float32');
    expect(tf.backend().numDataIds()).toBe(before + 1);
    heap.view(made).set([7, 8, 9, 10]);
    const y = tf.engine().makeTensorFromTensorInfo(made);
    expect(Array.from(y.dataSync())).toEqual([7, 8, 9, 10]);
    tf.dispose([x, y]);

    const scratch = heap.make([3]);
    heap.dispose(scratch);
    expect(tf.backend().numDataIds()).toBe(before - 1); // x gone, y gone, scratch freed
  });

  it("cpuTensors reads a cpu tensor's values and makes one from values", async () => {
    await tf.setBackend('cpu');
    const store = cpuTensors(tf.backend());
    const x = tf.tensor1d([1, 2, 3]);
    expect(Array.from(store.view(x))).toEqual([1, 2, 3]);
    const y = tf.engine().makeTensorFromTensorInfo(store.make([1, 2], new Float32Array([4, 5])));
    expect(y.shape).toEqual([1, 2]);
    expect(Array.from(y.dataSync())).toEqual([4, 5]);
    tf.dispose([x, y]);
  });
});
