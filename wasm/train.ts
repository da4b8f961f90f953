// The trainer's fast path on wasm: kernels that work in place on tfjs-backend-wasm's own memory (this
// module imports it), written in AssemblyScript with 128-bit SIMD. Compiled by `npm run kernels` into
// src/train/simd/module.ts; src/train/simd/kernels.ts registers them with tfjs.
//
// Every kernel computes the float32 operations of the tf ops it replaces (src/train/gruStep.ts,
// src/train/attentionStep.ts), one by one, rounding as they do, and every sum in the order tfjs-backend-wasm
// sums (Sum, AddN and BatchMatMul's batched path: one element after another, from 0): the results are the
// tf ops' bit for bit. The lanes of a vector always hold independent outputs, never parts of one sum.
//
// Pointers are byte offsets into the shared memory; sizes count float32s. B batch rows, H hidden units,
// Tx source positions (Tp: Tx rounded up to 4), D = 2H memory width, A attention width.

// ---- the GRU step (gruStep.ts): z, r, n, hU_n + c_n side by side in `gates` [B, 4H] ----

const F: usize = 4; // bytes per float32

/** pre [B, 2H] = x_{z,r} + (hU_{z,r} + c_{z,r}); gates' hU_n + c_n. */
export function gruPre(xw: usize, hU: usize, c: usize, gates: usize, pre: usize, B: i32, H: i32): void {
  for (let b = 0; b < B; b++) {
    const x = xw + <usize>(3 * H * b) * F;
    const u = hU + <usize>(3 * H * b) * F;
    const g = gates + <usize>(4 * H * b) * F;
    const p = pre + <usize>(2 * H * b) * F;
    for (let k = 0; k < H; k += 4) {
      const o = <usize>k * F;
      const oh = <usize>(k + H) * F;
      const o2 = <usize>(k + 2 * H) * F;
      v128.store(g + <usize>(k + 3 * H) * F, f32x4.add(v128.load(u + o2), v128.load(c + o2)));
      v128.store(p + o, f32x4.add(v128.load(x + o), f32x4.add(v128.load(u + o), v128.load(c + o))));
      v128.store(p + oh, f32x4.add(v128.load(x + oh), f32x4.add(v128.load(u + oh), v128.load(c + oh))));
    }
  }
}

/** gates' z and r from σ(pre) `zr` [B, 2H]; a2 [B, H] = 2 (x_n + r ⊙ hn). */
export function gruMid(xw: usize, zr: usize, gates: usize, a2: usize, B: i32, H: i32): void {
  const two = f32x4.splat(2);
  for (let b = 0; b < B; b++) {
    const x = xw + <usize>(3 * H * b + 2 * H) * F;
    const s = zr + <usize>(2 * H * b) * F;
    const g = gates + <usize>(4 * H * b) * F;
    const a = a2 + <usize>(H * b) * F;
    for (let k = 0; k < H; k += 4) {
      const o = <usize>k * F;
      const z = v128.load(s + o);
      const r = v128.load(s + <usize>(k + H) * F);
      v128.store(g + o, z);
      v128.store(g + <usize>(k + H) * F, r);
      const rhn = f32x4.mul(r, v128.load(g + <usize>(k + 3 * H) * F));
      v128.store(a + o, f32x4.mul(f32x4.add(v128.load(x + o), rhn), two));
    }
  }
}

/** n = 2σ(2a) − 1 from `s` = σ(2a) [B, H]; next = n + z ⊙ (h − n), masked by m [B] when m ≠ 0. */
export function gruOut(s: usize, gates: usize, h: usize, m: usize, next: usize, B: i32, H: i32): void {
  const two = f32x4.splat(2);
  const one = f32x4.splat(1);
  for (let b = 0; b < B; b++) {
    const g = gates + <usize>(4 * H * b) * F;
    const row = <usize>(H * b) * F;
    const mask = m ? f32x4.splat(load<f32>(m + <usize>b * F)) : one;
    for (let k = 0; k < H; k += 4) {
      const o = <usize>k * F;
      const n = f32x4.sub(f32x4.mul(v128.load(s + row + o), two), one);
      v128.store(g + <usize>(k + 2 * H) * F, n);
      const hp = v128.load(h + row + o);
      const out = f32x4.add(n, f32x4.mul(v128.load(g + o), f32x4.sub(hp, n)));
      v128.store(next + row + o, m ? f32x4.add(hp, f32x4.mul(mask, f32x4.sub(out, hp))) : out);
    }
  }
}

/** gruBackward: dxw, dhu [B, 3H] and dh [B, H] from dL/dh' = d1 + d2, masked by m [B] when m ≠ 0. */
export function gruBack(
  d1: usize,
  d2: usize,
  hPrev: usize,
  gates: usize,
  m: usize,
  dxw: usize,
  dhu: usize,
  dh: usize,
  B: i32,
  H: i32,
): void {
  const one = f32x4.splat(1);
  for (let b = 0; b < B; b++) {
    const g = gates + <usize>(4 * H * b) * F;
    const row = <usize>(H * b) * F;
    const x = <usize>(3 * H * b) * F;
    const mask = m ? f32x4.splat(load<f32>(m + <usize>b * F)) : one;
    for (let k = 0; k < H; k += 4) {
      const o = <usize>k * F;
      const z = v128.load(g + o);
      const r = v128.load(g + <usize>(k + H) * F);
      const n = v128.load(g + <usize>(k + 2 * H) * F);
      const hn = v128.load(g + <usize>(k + 3 * H) * F);
      const dOut = f32x4.add(v128.load(d1 + row + o), v128.load(d2 + row + o));
      const dNext = m ? f32x4.mul(mask, dOut) : dOut;
      const dn = f32x4.mul(dNext, f32x4.sub(one, z));
      const dz = f32x4.mul(dNext, f32x4.sub(v128.load(hPrev + row + o), n));
      const dan = f32x4.mul(dn, f32x4.sub(one, f32x4.mul(n, n)));
      const dr = f32x4.mul(dan, hn);
      const daz = f32x4.mul(dz, f32x4.mul(z, f32x4.sub(one, z)));
      const dar = f32x4.mul(dr, f32x4.mul(r, f32x4.sub(one, r)));
      v128.store(dxw + x + o, daz);
      v128.store(dhu + x + o, daz);
      v128.store(dxw + x + <usize>(k + H) * F, dar);
      v128.store(dhu + x + <usize>(k + H) * F, dar);
      v128.store(dxw + x + <usize>(k + 2 * H) * F, dan);
      v128.store(dhu + x + <usize>(k + 2 * H) * F, f32x4.mul(dan, r));
      const direct = f32x4.mul(dNext, z);
      v128.store(dh + row + o, m ? f32x4.add(f32x4.sub(dOut, dNext), direct) : direct);
    }
  }
}

// ---- attention (attentionStep.ts) ----

/** out [B, Tx, A] = 2 (keys + query), query [B, A]: the argument of σ in tanh(x) = 2σ(2x) − 1. */
export function attnPre(keys: usize, query: usize, out: usize, B: i32, Tx: i32, A: i32): void {
  const two = f32x4.splat(2);
  for (let b = 0; b < B; b++)
    for (let j = 0; j < Tx; j++) {
      const row = <usize>((b * Tx + j) * A) * F;
      const q = query + <usize>(b * A) * F;
      for (let a = 0; a < A; a += 4) {
        const o = <usize>a * F;
        v128.store(out + row + o, f32x4.mul(f32x4.add(v128.load(keys + row + o), v128.load(q + o)), two));
      }
    }
}

/** out = 2 s − 1 over n floats (n a multiple of 4): tanh from σ(2x). */
export function twiceMinusOne(s: usize, out: usize, n: i32): void {
  const two = f32x4.splat(2);
  const one = f32x4.splat(1);
  for (let i = 0; i < n; i += 4) {
    const o = <usize>i * F;
    v128.store(out + o, f32x4.sub(f32x4.mul(v128.load(s + o), two), one));
  }
}

/**
 * C [B, D] = Σ_j α [B, Tx] ⊙ h [B, Tx, D], summed over j in order from 0 (BatchMatMul's batched path). The
 * sums build up in `out`, a row at a time, so consecutive additions are independent (no chain of 22).
 */
export function context(alpha: usize, h: usize, out: usize, B: i32, Tx: i32, D: i32): void {
  for (let b = 0; b < B; b++) {
    const c = out + <usize>(b * D) * F;
    for (let d = 0; d < D; d += 4) v128.store(c + <usize>d * F, f32x4.splat(0));
    for (let j = 0; j < Tx; j++) {
      const a = f32x4.splat(load<f32>(alpha + <usize>(b * Tx + j) * F));
      const row = h + <usize>((b * Tx + j) * D) * F;
      for (let d = 0; d < D; d += 4) {
        const o = <usize>d * F;
        v128.store(c + o, f32x4.add(v128.load(c + o), f32x4.mul(a, v128.load(row + o))));
      }
    }
  }
}

/** out [B, D, Tp] = h [B, Tx, D] with its last two axes swapped, zero beyond Tx: lanes over j for the backward pass. */
export function transposePadded(h: usize, out: usize, B: i32, Tx: i32, D: i32, Tp: i32): void {
  for (let b = 0; b < B; b++)
    for (let d = 0; d < D; d++) {
      const o = out + <usize>((b * D + d) * Tp) * F;
      for (let j = 0; j < Tp; j++) store<f32>(o + <usize>j * F, j < Tx ? load<f32>(h + <usize>((b * Tx + j) * D + d) * F) : 0);
    }
}

/**
 * One decoder step of attention's backward pass, from dL/dC_i `dC` [B, D] (and dL/dα_i of guided
 * alignment `dAlign` [B, Tx], when ≠ 0): dL/d(query) `dq` [B, A]; adds dL/d(keys) to `keysIn` [B, Tx, A]
 * into `keysOut` and dL/dv to `vIn` [A] into `vOut`. `scratch` holds Tp + 2A floats.
 *
 *   dα_j = h_j · dC (+ dAlign),  de = α ⊙ (dα − Σ α dα),  dpre = de ⊗ (1 − hidden²) ⊙ v,  dq = Σ_j dpre_j,  dv = Σ_b Σ_j de hidden
 */
export function attnBack(
  dC: usize,
  dAlign: usize,
  alpha: usize,
  hT: usize,
  hidden: usize,
  v: usize,
  keysIn: usize,
  keysOut: usize,
  vIn: usize,
  vOut: usize,
  dq: usize,
  scratch: usize,
  B: i32,
  Tx: i32,
  Tp: i32,
  D: i32,
  A: i32,
): void {
  const one = f32x4.splat(1);
  const de = scratch; // [Tp]
  const dvRow = scratch + <usize>Tp * F; // [A]: Σ_j for this row b
  const dvSum = dvRow + <usize>A * F; // [A]: Σ_b
  for (let a = 0; a < A; a += 4) v128.store(dvSum + <usize>a * F, f32x4.splat(0));
  for (let b = 0; b < B; b++) {
    const g = dC + <usize>(b * D) * F;
    // dα_j = Σ_d h[b, j, d] dC[b, d], in order over d; four j per vector, the sums built up in `de`
    for (let j = 0; j < Tp; j += 4) v128.store(de + <usize>j * F, f32x4.splat(0));
    for (let d = 0; d < D; d++) {
      const gd = f32x4.splat(load<f32>(g + <usize>d * F));
      const col = hT + <usize>((b * D + d) * Tp) * F;
      for (let j = 0; j < Tp; j += 4) {
        const o = <usize>j * F;
        v128.store(de + o, f32x4.add(v128.load(de + o), f32x4.mul(v128.load(col + o), gd)));
      }
    }
    // de = α ⊙ (dα − Σ_j α dα)
    const al = alpha + <usize>(b * Tx) * F;
    if (dAlign)
      for (let j = 0; j < Tx; j++)
        store<f32>(de + <usize>j * F, load<f32>(de + <usize>j * F) + load<f32>(dAlign + <usize>(b * Tx + j) * F));
    let s: f32 = 0;
    for (let j = 0; j < Tx; j++) s += load<f32>(al + <usize>j * F) * load<f32>(de + <usize>j * F);
    for (let j = 0; j < Tx; j++) store<f32>(de + <usize>j * F, load<f32>(al + <usize>j * F) * (load<f32>(de + <usize>j * F) - s));
    // dpre, and dq and this row's dv summed over j in order (built up in `dq` and `dvRow`)
    const q = dq + <usize>(b * A) * F;
    for (let a = 0; a < A; a += 4) {
      v128.store(q + <usize>a * F, f32x4.splat(0));
      v128.store(dvRow + <usize>a * F, f32x4.splat(0));
    }
    for (let j = 0; j < Tx; j++) {
      const e = f32x4.splat(load<f32>(de + <usize>j * F));
      const row = <usize>((b * Tx + j) * A) * F;
      for (let a = 0; a < A; a += 4) {
        const o = <usize>a * F;
        const hid = v128.load(hidden + row + o);
        const pre = f32x4.mul(f32x4.mul(e, f32x4.sub(one, f32x4.mul(hid, hid))), v128.load(v + o));
        v128.store(keysOut + row + o, f32x4.add(v128.load(keysIn + row + o), pre));
        v128.store(q + o, f32x4.add(v128.load(q + o), pre));
        v128.store(dvRow + o, f32x4.add(v128.load(dvRow + o), f32x4.mul(e, hid)));
      }
    }
    for (let a = 0; a < A; a += 4) {
      const o = <usize>a * F;
      v128.store(dvSum + o, f32x4.add(v128.load(dvSum + o), v128.load(dvRow + o)));
    }
  }
  for (let a = 0; a < A; a += 4) {
    const o = <usize>a * F;
    v128.store(vOut + o, f32x4.add(v128.load(vIn + o), v128.load(dvSum + o)));
  }
}

/**
 * dL/d(memory) [B, Tx, D] = m + Σ_k α_k ⊗ dC_k, added in order k = 0, 1, …, K − 1 (AddN's order, from 0)
 * from `m` [B, Tx, D], `alphas` [K, B, Tx] and `dCs` [K, B, D].
 */
export function memoryGrad(m: usize, alphas: usize, dCs: usize, out: usize, K: i32, B: i32, Tx: i32, D: i32): void {
  for (let b = 0; b < B; b++)
    for (let j = 0; j < Tx; j++) {
      const row = <usize>((b * Tx + j) * D) * F;
      for (let d = 0; d < D; d += 4) v128.store(out + row + <usize>d * F, f32x4.add(f32x4.splat(0), v128.load(m + row + <usize>d * F)));
      for (let k = 0; k < K; k++) {
        const a = f32x4.splat(load<f32>(alphas + <usize>((k * B + b) * Tx + j) * F));
        const g = dCs + <usize>((k * B + b) * D) * F;
        for (let d = 0; d < D; d += 4) {
          const o = row + <usize>d * F;
          v128.store(out + o, f32x4.add(v128.load(out + o), f32x4.mul(a, v128.load(g + <usize>d * F))));
        }
      }
    }
}
