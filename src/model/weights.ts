/**
 * Weights on disk: tfjs weight specs + one binary, float16 for shipped models (`mixed` from en-zh@5),
 * uint8 for the snapshots taken along training, float32 for checkpoints. Each tensor's spec says how it
 * is stored, so the same code reads every precision in Node and the browser.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Params } from './params';

/** `mixed`: uint8 for the large matrices (MIXED_UINT8), float16 for the rest. */
export type Precision = 'float32' | 'float16' | 'uint8' | 'mixed';
export const precisions: Precision[] = ['float32', 'float16', 'uint8', 'mixed'];

/**
 * The tensors `mixed` stores in uint8: the embeddings and the output layer, whose size grows with the
 * vocabularies (most of an en-zh@5 model's bytes). The GRUs and the attention layer, where a rounding
 * error is carried from step to step, keep float16.
 */
export const MIXED_UINT8 = new Set(['source.embedding', 'target.embedding', 'output.W']);

const tensorPrecision = (precision: Precision, name: string): Exclude<Precision, 'mixed'> =>
  precision !== 'mixed' ? precision : MIXED_UINT8.has(name) ? 'uint8' : 'float16';

export async function encodeParams(
  params: Params,
  precision: Precision,
): Promise<{ specs: tf.io.WeightsManifestEntry[]; data: ArrayBuffer }> {
  const specs: tf.io.WeightsManifestEntry[] = [];
  const chunks: Uint8Array[] = [];
  for (const [name, t] of Object.entries(params)) {
    const values = (await t.data()) as Float32Array;
    const spec: tf.io.WeightsManifestEntry = { name, shape: t.shape, dtype: 'float32' };
    const as = tensorPrecision(precision, name);
    if (as === 'float32') chunks.push(new Uint8Array(values.slice().buffer));
    else if (as === 'float16') {
      spec.quantization = { dtype: 'float16' };
      chunks.push(new Uint8Array(Uint16Array.from(values, toFloat16).buffer));
    } else {
      let min = Infinity;
      let max = -Infinity;
      for (const v of values) [min, max] = [Math.min(min, v), Math.max(max, v)];
      const scale = max > min ? (max - min) / 255 : 1;
      spec.quantization = { dtype: 'uint8', min, scale };
      chunks.push(Uint8Array.from(values, (v) => Math.round((v - min) / scale)));
    }
    specs.push(spec);
  }
  const data = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  chunks.reduce((o, c) => (data.set(c, o), o + c.length), 0);
  return { specs, data: data.buffer };
}

/**
 * The weights in `data` as tensors, by name. The same values as `tf.io.decodeWeights` (a test holds
 * them equal), read with a table for float16: tfjs's reader took 80 ms of the app's cold start for the
 * two shipped models, this ~5 ms.
 */
export function decodeParams(specs: tf.io.WeightsManifestEntry[], data: ArrayBuffer): Params {
  const params: Params = {};
  let offset = 0;
  for (const spec of specs) {
    const size = spec.shape.reduce((n, d) => n * d, 1);
    const q = spec.quantization;
    if (spec.dtype !== 'float32' || (q && q.dtype !== 'float16' && q.dtype !== 'uint8'))
      throw new Error(`decodeParams: ${spec.name} is ${q?.dtype ?? spec.dtype}; only float32, float16 and uint8 are read`);
    const values = q ? new Float32Array(size) : new Float32Array(data.slice(offset, (offset += 4 * size)));
    if (q?.dtype === 'float16') {
      const bits = new Uint16Array(data.slice(offset, (offset += 2 * size)));
      const table = float16Table();
      for (let i = 0; i < size; i++) values[i] = table[bits[i]!]!;
    } else if (q) {
      const bytes = new Uint8Array(data, offset, size);
      offset += size;
      for (let i = 0; i < size; i++) values[i] = bytes[i]! * q.scale! + q.min!;
    }
    params[spec.name] = tf.tensor(values, spec.shape, 'float32');
  }
  return params;
}

let halves: Float32Array | null = null;
/** Every float16 bit pattern's float32 value (256 KB, made once). */
function float16Table(): Float32Array {
  if (halves) return halves;
  halves = new Float32Array(65536);
  for (let h = 0; h < 65536; h++) {
    const sign = h & 0x8000 ? -1 : 1;
    const exp = (h >> 10) & 0x1f;
    const mant = h & 0x3ff;
    halves[h] =
      exp === 0 ? sign * mant * 2 ** -24 : exp === 0x1f ? (mant ? NaN : sign * Infinity) : sign * (1 + mant / 1024) * 2 ** (exp - 15);
  }
  return halves;
}

export { sha256 } from './sha256';

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
/** IEEE 754 float32 → float16 bits, rounding to nearest even. */
export function toFloat16(value: number): number {
  f32[0] = value;
  const x = u32[0]!;
  const sign = (x >>> 16) & 0x8000;
  const exp = (x >>> 23) & 0xff;
  let mant = x & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0); // inf, NaN
  let e = exp - 127 + 15;
  if (e >= 0x1f) return sign | 0x7c00; // overflow → inf
  if (e <= 0) {
    if (e < -10) return sign; // underflow → 0
    mant |= 0x800000; // subnormal
    const shift = 14 - e;
    const half = 1 << (shift - 1);
    let m = mant >>> shift;
    const rest = mant & ((1 << shift) - 1);
    if (rest > half || (rest === half && m & 1)) m++;
    return sign | m;
  }
  let m = mant >>> 13;
  const rest = mant & 0x1fff;
  if (rest > 0x1000 || (rest === 0x1000 && m & 1)) m++;
  if (m === 0x400) [m, e] = [0, e + 1];
  if (e >= 0x1f) return sign | 0x7c00;
  return sign | (e << 10) | m;
}
