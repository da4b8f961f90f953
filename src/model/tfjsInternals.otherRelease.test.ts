/**
 * The installed tfjs-backend-wasm made to report another release: what a user who upgrades tfjs gets.
 * The modules under test are loaded afresh after the mock (the set-up file loaded them before it).
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('@tensorflow/tfjs-backend-wasm/package.json', () => ({ version: '4.23.0' }));

describe('on a tfjs-backend-wasm release other than the pinned one', () => {
  beforeAll(async () => {
    vi.resetModules();
    await tf.setBackend('wasm');
  });

  it('the accessors refuse with a message that names the package, its version and what to do', async () => {
    const { internalsProblem, wasmHeap } = await import('./tfjsInternals');
    const problem = internalsProblem('wasm');
    expect(problem).toMatch(/^@tensorflow\/tfjs-backend-wasm 4\.23\.0 is installed, .*4\.22\.x/);
    expect(() => wasmHeap(tf.backend())).toThrow(problem!);
    expect(internalsProblem('cpu')).toBeNull(); // cpu's accessors are another package's
  });

  it('registerWasmKernels says why once and leaves the backend its own kernels', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { registerWasmKernels } = await import('./wasmKernels');
    expect(() => registerWasmKernels()).not.toThrow();
    registerWasmKernels();
    expect(warn.mock.calls.filter(([m]) => String(m).includes('tfjs-backend-wasm 4.23.0'))).toHaveLength(1);
    warn.mockRestore();
  });

  it("gruCell runs its tf ops, and the trainer's fastKernels() is false, with the same results", async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { gruCell, gruCellOps } = await import('./gruCell');
    const { fastKernels } = await import('../learn/simd/kernels');
    expect(fastKernels(12, 8)).toBe(false);
    const runKernel = vi.spyOn(tf.engine(), 'runKernel');
    const [pre, add, h] = [tf.randomNormal([1, 20], 0, 1, 'float32', 1), tf.randomNormal([1, 20], 0, 1, 'float32', 2), tf.zeros([1, 5])];
    const [next] = gruCell([pre as tf.Tensor2D], add as tf.Tensor2D, h as tf.Tensor2D);
    expect(runKernel.mock.calls.map(([name]) => name)).not.toContain('AttentionLensGruCell');
    const [ops] = gruCellOps([pre as tf.Tensor2D], add as tf.Tensor2D, h as tf.Tensor2D);
    expect(Array.from(next.dataSync())).toEqual(Array.from(ops.dataSync()));
    runKernel.mockRestore();
    vi.restoreAllMocks();
  });
});
