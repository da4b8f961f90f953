import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileKernels, moduleSource } from '../../../scripts/kernels.mjs';

describe('the committed wasm kernels', () => {
  it('are wasm/train.ts as `npm run kernels` compiles it now (rebuild after changing it)', async () => {
    expect(readFileSync('src/learn/simd/module.ts', 'utf8')).toBe(moduleSource(await compileKernels()));
  });
});
