// The trainer's fast path on wasm: kernels that work in place on tfjs-backend-wasm's own memory (this
// module imports it), written in AssemblyScript with 128-bit SIMD. Compiled by `npm run kernels` into
// src/learn/simd/module.ts; src/learn/simd/kernels.ts registers them with tfjs.
//
// Every kernel computes the float32 operations of the tf ops it replaces (src/learn/gruStep.ts,
// attentionStep.ts, backprop.ts's weight gradients, adam.ts), one by one, rounding as they do, and every
// sum in the order tfjs-backend-wasm and XNNPACK sum (Sum, AddN, BatchMatMul's batched path and XNNPACK's
// matrix product: one term after another, from 0): the results are the tf ops' bit for bit. The lanes of
// a vector always hold independent outputs, never parts of one sum.
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

// ---- weight gradients ----

/**
 * out [K, N] = Xᵀ Y for X [M, K] and Y [M, N] (K and N multiples of 4), each sum over m in order from 0,
 * as XNNPACK's matrix product sums it: tf.matMul(tf.transpose(X), Y) bit for bit, without the transpose
 * or packing Y (a fresh gradient) first. Rows m go in chunks that stay in cache; within a chunk, blocks
 * of 4 × 8 outputs (4 × 4 at the right edge) carry on the sums the chunks before left in `out`.
 */
export function matTN(x: usize, y: usize, out: usize, M: i32, K: i32, N: i32): void {
  const chunk = 128;
  for (let m0 = 0; m0 < M; m0 += chunk) {
    const m1 = min(M, m0 + chunk);
    for (let n = 0; n < N; n += 8)
      if (n + 8 <= N) for (let k = 0; k < K; k += 4) block4x8(x, y, out, m0, m1, K, N, k, n);
      else for (let k = 0; k < K; k += 4) block4x4(x, y, out, m0, m1, K, N, k, n);
  }
}

function block4x8(x: usize, y: usize, out: usize, m0: i32, m1: i32, K: i32, N: i32, k: i32, n: i32): void {
  const o = out + <usize>(k * N + n) * F;
  const row = <usize>N * F;
  const zero = f32x4.splat(0);
  const first = m0 == 0;
  let c00 = first ? zero : v128.load(o),
    c01 = first ? zero : v128.load(o, 16);
  let c10 = first ? zero : v128.load(o + row),
    c11 = first ? zero : v128.load(o + row, 16);
  let c20 = first ? zero : v128.load(o + 2 * row),
    c21 = first ? zero : v128.load(o + 2 * row, 16);
  let c30 = first ? zero : v128.load(o + 3 * row),
    c31 = first ? zero : v128.load(o + 3 * row, 16);
  let xp = x + <usize>(m0 * K + k) * F;
  let yp = y + <usize>(m0 * N + n) * F;
  for (let m = m0; m < m1; m++) {
    const y0 = v128.load(yp);
    const y1 = v128.load(yp, 16);
    const a0 = v128.load32_splat(xp);
    const a1 = v128.load32_splat(xp, 4);
    const a2 = v128.load32_splat(xp, 8);
    const a3 = v128.load32_splat(xp, 12);
    c00 = f32x4.add(c00, f32x4.mul(a0, y0));
    c01 = f32x4.add(c01, f32x4.mul(a0, y1));
    c10 = f32x4.add(c10, f32x4.mul(a1, y0));
    c11 = f32x4.add(c11, f32x4.mul(a1, y1));
    c20 = f32x4.add(c20, f32x4.mul(a2, y0));
    c21 = f32x4.add(c21, f32x4.mul(a2, y1));
    c30 = f32x4.add(c30, f32x4.mul(a3, y0));
    c31 = f32x4.add(c31, f32x4.mul(a3, y1));
    xp += <usize>K * F;
    yp += <usize>N * F;
  }
  v128.store(o, c00);
  v128.store(o, c01, 16);
  v128.store(o + row, c10);
  v128.store(o + row, c11, 16);
  v128.store(o + 2 * row, c20);
  v128.store(o + 2 * row, c21, 16);
  v128.store(o + 3 * row, c30);
  v128.store(o + 3 * row, c31, 16);
}

function block4x4(x: usize, y: usize, out: usize, m0: i32, m1: i32, K: i32, N: i32, k: i32, n: i32): void {
  const o = out + <usize>(k * N + n) * F;
  const row = <usize>N * F;
  const zero = f32x4.splat(0);
  const first = m0 == 0;
  let c0 = first ? zero : v128.load(o);
  let c1 = first ? zero : v128.load(o + row);
  let c2 = first ? zero : v128.load(o + 2 * row);
  let c3 = first ? zero : v128.load(o + 3 * row);
  let xp = x + <usize>(m0 * K + k) * F;
  let yp = y + <usize>(m0 * N + n) * F;
  for (let m = m0; m < m1; m++) {
    const y0 = v128.load(yp);
    c0 = f32x4.add(c0, f32x4.mul(v128.load32_splat(xp), y0));
    c1 = f32x4.add(c1, f32x4.mul(v128.load32_splat(xp, 4), y0));
    c2 = f32x4.add(c2, f32x4.mul(v128.load32_splat(xp, 8), y0));
    c3 = f32x4.add(c3, f32x4.mul(v128.load32_splat(xp, 12), y0));
    xp += <usize>K * F;
    yp += <usize>N * F;
  }
  v128.store(o, c0);
  v128.store(o + row, c1);
  v128.store(o + 2 * row, c2);
  v128.store(o + 3 * row, c3);
}

/** out [N] = Σ_m Y [M, N] in order from 0 (N a multiple of 4): 1ᵀ Y as the matrix product sums it. */
export function colSum(y: usize, out: usize, M: i32, N: i32): void {
  for (let n = 0; n < N; n += 4) {
    let c = f32x4.splat(0);
    let yp = y + <usize>n * F;
    for (let m = 0; m < M; m++) {
      c = f32x4.add(c, v128.load(yp));
      yp += <usize>N * F;
    }
    v128.store(out + <usize>n * F, c);
  }
}

// ---- Adam (adam.ts) ----

/**
 * One Adam update of n weights: g = g₀ · scale (clipping); m ← b1 m + (1 − b1) g; v ← b2 v + (1 − b2) g²;
 * w ← w − (m / c1) lr / (√(v / c2) + eps), into wOut, mOut, vOut. `ob1`, `ob2` are 1 − b1, 1 − b2 as
 * adam.ts computes them (in double, then float32).
 */
export function adam(
  w: usize,
  g0: usize,
  m: usize,
  v: usize,
  wOut: usize,
  mOut: usize,
  vOut: usize,
  n: i32,
  scale: f32,
  b1: f32,
  ob1: f32,
  b2: f32,
  ob2: f32,
  c1: f32,
  lr: f32,
  c2: f32,
  eps: f32,
): void {
  const S = f32x4.splat(scale);
  const B1 = f32x4.splat(b1);
  const OB1 = f32x4.splat(ob1);
  const B2 = f32x4.splat(b2);
  const OB2 = f32x4.splat(ob2);
  const C1 = f32x4.splat(c1);
  const LR = f32x4.splat(lr);
  const C2 = f32x4.splat(c2);
  const EPS = f32x4.splat(eps);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const o = <usize>i * F;
    const g = f32x4.mul(v128.load(g0 + o), S);
    const mi = f32x4.add(f32x4.mul(v128.load(m + o), B1), f32x4.mul(g, OB1));
    const vi = f32x4.add(f32x4.mul(v128.load(v + o), B2), f32x4.mul(f32x4.mul(g, g), OB2));
    v128.store(mOut + o, mi);
    v128.store(vOut + o, vi);
    const step = f32x4.div(f32x4.mul(f32x4.div(mi, C1), LR), f32x4.add(f32x4.sqrt(f32x4.div(vi, C2)), EPS));
    v128.store(wOut + o, f32x4.sub(v128.load(w + o), step));
  }
  for (; i < n; i++) {
    const o = <usize>i * F;
    const g = load<f32>(g0 + o) * scale;
    const mi = load<f32>(m + o) * b1 + g * ob1;
    const vi = load<f32>(v + o) * b2 + g * g * ob2;
    store<f32>(mOut + o, mi);
    store<f32>(vOut + o, vi);
    store<f32>(wOut + o, load<f32>(w + o) - ((mi / c1) * lr) / (sqrt<f32>(vi / c2) + eps));
  }
}
