import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it, vi } from 'vitest';
import type { ModelConfig } from './config';
import type { Model } from './model';
import { initParams } from './params';
import { translate } from './translate';
import { translateBatch } from './translateBatch';
import { decodeParams, encodeParams, MIXED_UINT8, sha256, toFloat16 } from './weights';

const vocab = {
  source: ['<pad>', '<unk>', 'a', 'b', 'c', 'd'],
  target: ['<pad>', '<s>', '</s>', '<unk>', 'x', 'y', 'z'],
};
const tiny = (variant: ModelConfig['variant']): Model => {
  const config: ModelConfig = { variant, embedding: 6, hidden: 5, attention: 4, sourceVocab: 6, targetVocab: 7 };
  return { config, vocab, params: initParams(config, 2) };
};

describe('translate(model, tokens)', () => {
  it('returns plain arrays for every step: token, top-k, α (attention), C_i, s_i, and h_j', async () => {
    const t = await translate(tiny('attention'), ['a', 'b', 'zzz'], { maxSteps: 4, k: 3 });
    expect(t.h).toHaveLength(3);
    expect(t.h[0]).toHaveLength(10);
    expect(t.unknown).toEqual(['zzz']);
    expect(t.steps.length).toBeGreaterThan(0);
    for (const step of t.steps) {
      expect(step.alpha).toHaveLength(3);
      expect(step.alpha!.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
      expect(step.context).toHaveLength(10);
      expect(step.state).toHaveLength(5);
      expect(step.topk).toHaveLength(3);
      expect(step.topk[0]!.token).toBe(step.token);
      expect(step.topk[0]!.p).toBeGreaterThanOrEqual(step.topk[1]!.p);
    }
  });

  it('trace.alpha is α as a matrix, one row per output token; labels show a space as ␣', async () => {
    const model = tiny('attention');
    const t = await translate(model, ['a', ' ', 'b'], { maxSteps: 4 });
    expect(t.alpha).toHaveLength(t.tokens.length);
    t.alpha!.forEach((row, i) => expect(row).toEqual(t.steps[i]!.alpha));
    expect(t.labels.source).toEqual(['a', '␣', 'b']);
    expect(t.labels.target).toEqual(t.tokens);
    expect((await translate(tiny('distracted'), ['a'], { maxSteps: 3 })).alpha).toBeNull();
  });

  it('gives the distracted model one fixed C at every step and no α', async () => {
    const t = await translate(tiny('distracted'), ['a', 'b', 'c'], { maxSteps: 4 });
    expect(t.steps.every((s) => s.alpha === null)).toBe(true);
    t.steps.forEach((s) => expect(s.context).toEqual(t.steps[0]!.context));
  });

  it('agrees with batched decoding, token for token', async () => {
    const model = tiny('attention');
    const sentences = [['a', 'b', 'c'], ['d'], ['c', 'c', 'a', 'b']];
    const batch = await translateBatch(model, sentences, 6);
    for (const [i, src] of sentences.entries()) {
      const one = await translate(model, src, { maxSteps: 6 });
      expect(batch[i]!.tokens).toEqual(one.tokens);
      batch[i]!.alpha!.forEach((row, k) => row.forEach((a, j) => expect(a).toBeCloseTo(one.steps[k]!.alpha![j]!, 4)));
    }
  });

  it('leaks no tensor across 100 translations', async () => {
    const model = tiny('attention');
    await translate(model, ['a']);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 100; i++) await translate(model, ['a', 'b', 'c', 'd'].slice(0, 1 + (i % 4)));
    await translateBatch(model, [['a'], ['b', 'c']]);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('weights on disk', () => {
  it('float16, uint8 and mixed encodings decode close to the originals', async () => {
    const { params } = tiny('attention');
    for (const [precision, tol] of [
      ['float16', 1e-3],
      ['uint8', 0.01],
      ['mixed', 0.01],
    ] as const) {
      const { specs, data } = await encodeParams(params, precision);
      const back = decodeParams(specs, data);
      for (const [name, t] of Object.entries(params)) {
        const [a, b] = [t.dataSync(), back[name]!.dataSync()];
        a.forEach((x, i) => expect(Math.abs(x - b[i]!)).toBeLessThan(tol));
      }
    }
  });

  it('mixed stores the embeddings and output.W in uint8 and every other tensor in float16', async () => {
    const { params } = tiny('attention');
    const { specs } = await encodeParams(params, 'mixed');
    for (const spec of specs) expect(spec.quantization?.dtype).toBe(MIXED_UINT8.has(spec.name) ? 'uint8' : 'float16');
    expect(specs.filter((s) => MIXED_UINT8.has(s.name)).length).toBe(MIXED_UINT8.size);
  });

  it("decodeParams reads every precision exactly as tfjs's own decodeWeights", async () => {
    const { params } = tiny('attention');
    for (const precision of ['float32', 'float16', 'uint8', 'mixed'] as const) {
      const { specs, data } = await encodeParams(params, precision);
      const ours = decodeParams(specs, data);
      const theirs = tf.io.decodeWeights(data, specs);
      for (const name of Object.keys(params)) {
        expect(ours[name]!.shape).toEqual(theirs[name]!.shape);
        expect(Array.from(ours[name]!.dataSync())).toEqual(Array.from(theirs[name]!.dataSync()));
      }
      tf.dispose([...Object.values(ours), ...Object.values(theirs)]);
    }
    // Every float16 bit pattern, subnormals, infinities and NaN included.
    const all = Uint16Array.from({ length: 65536 }, (_, i) => i);
    const spec = [{ name: 'all', shape: [65536], dtype: 'float32' as const, quantization: { dtype: 'float16' as const } }];
    const [ours, theirs] = [decodeParams(spec, all.buffer)['all']!, tf.io.decodeWeights(all.buffer, spec)['all']!];
    expect(Array.from(ours.dataSync())).toEqual(Array.from(theirs.dataSync()));
    tf.dispose([ours, theirs]);
  });

  it('sha256 gives the same digest without Web Crypto (a page served over plain http has no crypto.subtle)', async () => {
    const data = Uint8Array.from({ length: 100_003 }, (_, i) => (i * 7) & 255);
    const withWebCrypto = await sha256(data);
    vi.stubGlobal('crypto', {});
    try {
      expect(await sha256(data)).toBe(withWebCrypto);
      expect(await sha256(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('float16 conversion rounds like IEEE 754', () => {
    expect(toFloat16(1)).toBe(0x3c00);
    expect(toFloat16(-2)).toBe(0xc000);
    expect(toFloat16(65504)).toBe(0x7bff);
    expect(toFloat16(1e6)).toBe(0x7c00);
    expect(toFloat16(5.960464477539063e-8)).toBe(1);
  });
});
