/**
 * Weights on disk: tfjs weight specs + one binary, float16 for shipped models, uint8 for the snapshots
 * taken along training, float32 for checkpoints. The same code reads them in Node and the browser.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Params } from './params';

export type Precision = 'float32' | 'float16' | 'uint8';

export async function encodeParams(
  params: Params,
  precision: Precision,
): Promise<{ specs: tf.io.WeightsManifestEntry[]; data: ArrayBuffer }> {
  const specs: tf.io.WeightsManifestEntry[] = [];
  const chunks: Uint8Array[] = [];
  for (const [name, t] of Object.entries(params)) {
    const values = (await t.data()) as Float32Array;
    const spec: tf.io.WeightsManifestEntry = { name, shape: t.shape, dtype: 'float32' };
    if (precision === 'float32') chunks.push(new Uint8Array(values.slice().buffer));
    else if (precision === 'float16') {
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

export function decodeParams(specs: tf.io.WeightsManifestEntry[], data: ArrayBuffer): Params {
  return tf.io.decodeWeights(data, specs);
}

/** SHA-256 as hex, with Web Crypto (browsers and Node ≥ 19). */
export async function sha256(data: ArrayBuffer | Uint8Array): Promise<string> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

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
