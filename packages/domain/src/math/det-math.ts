/**
 * Deterministic elementary functions built only from +, −, ×, ÷ and exact
 * power-of-two scaling, which IEEE 754 rounds identically everywhere.
 *
 * Math.exp, Math.log and Math.pow are not required to be correctly rounded, so
 * different JavaScript engines (V8, SpiderMonkey, JavaScriptCore) may differ in
 * the last bit — and a replay on the server must match the browser bit for bit.
 * Relative error here is below 1e-15 over the ranges the model uses.
 */

const LN2 = 0.6931471805599453;
const SQRT2 = 1.4142135623730951;

/**
 * Exact powers of two 2^k for k in [-1074, 1023], built by repeated doubling
 * and halving (each step is exact), so scaling by them never rounds.
 */
const POW2_OFFSET = 1074;
const POW2: Float64Array = (() => {
  const table = new Float64Array(POW2_OFFSET + 1024);
  table[POW2_OFFSET] = 1;
  for (let k = 1; k <= 1023; k++) table[POW2_OFFSET + k] = (table[POW2_OFFSET + k - 1] ?? 0) * 2;
  for (let k = 1; k <= 1074; k++) table[POW2_OFFSET - k] = (table[POW2_OFFSET - k + 1] ?? 0) / 2;
  return table;
})();

/** The raw bits of one double: the high word holds the sign and the 11-bit exponent. */
const BITS_F64 = new Float64Array(1);
const BITS_U32 = new Uint32Array(BITS_F64.buffer);
BITS_F64[0] = 1; // 0x3ff00000_00000000: find which word is high on this platform
const HI = BITS_U32[1] === 0x3ff00000 ? 1 : 0;

function pow2(k: number): number {
  return POW2[POW2_OFFSET + k] ?? 0;
}

/**
 * exp(x) by range reduction x = k·ln2 + r, |r| ≤ ln2/2, then a degree-13
 * Taylor polynomial in Horner form (the next term is below 2⁻⁵⁸).
 */
export function exp(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x > 709) return Number.POSITIVE_INFINITY;
  if (x < -708) return 0;
  const k = Math.round(x / LN2);
  const r = x - k * LN2;
  // Σ r^n/n! for n ≤ 13 in Horner form, unrolled (replays call this often).
  const p =
    1 +
    r *
      (1 +
        r *
          (0.5 +
            r *
              (0.16666666666666666 +
                r *
                  (0.041666666666666664 +
                    r *
                      (0.008333333333333333 +
                        r *
                          (0.001388888888888889 +
                            r *
                              (0.0001984126984126984 +
                                r *
                                  (2.48015873015873e-5 +
                                    r *
                                      (2.7557319223985893e-6 +
                                        r *
                                          (2.755731922398589e-7 +
                                            r *
                                              (2.505210838544172e-8 +
                                                r *
                                                  (2.08767569878681e-9 +
                                                    r * 1.6059043836821613e-10))))))))))));
  return p * pow2(k);
}

/**
 * Natural logarithm for x > 0: x = m·2^k with m in [√½, √2), then
 * ln m = 2·atanh(s), s = (m − 1)/(m + 1), |s| ≤ 0.172, by its odd series.
 */
export function ln(x: number): number {
  if (Number.isNaN(x) || x < 0) return Number.NaN;
  if (x === 0) return Number.NEGATIVE_INFINITY;
  if (x === Number.POSITIVE_INFINITY) return x;
  let m: number;
  let k: number;
  // x = m·2^k with m in [√½, √2). For a normal x the exponent field gives k at
  // once; scaling by an exact power of two never rounds, so m and k are the
  // very values the halving and doubling loops reach (subnormals still use them).
  BITS_F64[0] = x;
  const biased = ((BITS_U32[HI] ?? 0) >>> 20) & 0x7ff;
  if (biased !== 0) {
    k = biased - 1023;
    m = x * pow2(-k);
    if (m >= SQRT2) {
      m *= 0.5;
      k++;
    }
  } else {
    m = x;
    k = 0;
    while (m < SQRT2 / 2) {
      m *= 2;
      k--;
    }
  }
  const s = (m - 1) / (m + 1);
  const s2 = s * s;
  // Σ s^(2n)/(2n+1) for 2n+1 ≤ 23 in Horner form, unrolled.
  const sum =
    1 +
    s2 *
      (0.3333333333333333 +
        s2 *
          (0.2 +
            s2 *
              (0.14285714285714285 +
                s2 *
                  (0.1111111111111111 +
                    s2 *
                      (0.09090909090909091 +
                        s2 *
                          (0.07692307692307693 +
                            s2 *
                              (0.06666666666666667 +
                                s2 *
                                  (0.058823529411764705 +
                                    s2 *
                                      (0.05263157894736842 +
                                        s2 *
                                          (0.047619047619047616 +
                                            s2 * 0.043478260869565216))))))))));
  return 2 * s * sum + k * LN2;
}

/** base^exponent for base ≥ 0 (0^0 = 1). */
export function pow(base: number, exponent: number): number {
  if (exponent === 0) return 1;
  if (base === 0) return exponent > 0 ? 0 : Number.POSITIVE_INFINITY;
  if (base < 0) return Number.NaN;
  return exp(exponent * ln(base));
}

/** The logistic function 1 / (1 + e^−x). */
export function logistic(x: number): number {
  return 1 / (1 + exp(-x));
}

/** Clamps x to [lo, hi]. */
export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/** Rounds to a fixed number of decimals, for compact state and reports. */
export function round(x: number, decimals: number): number {
  const f = POW10[decimals] ?? 1;
  return Math.round(x * f) / f;
}

const POW10 = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000];
