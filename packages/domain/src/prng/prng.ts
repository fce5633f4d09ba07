/**
 * A seeded pseudo-random number generator whose whole state is plain data.
 *
 * The algorithm is sfc32 (Chris Doty-Humphrey's Small Fast Counting generator,
 * from PractRand): four 32-bit words, passes PractRand to 2^42+ bytes, and uses
 * only 32-bit integer operations, so it gives the same sequence in every
 * JavaScript engine. The state lives inside the game state: every draw is a
 * pure function `(state) → { value, state }` and a saved game resumes the
 * exact same random stream.
 */
export interface PrngState {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
}

export interface Draw<T> {
  readonly value: T;
  readonly state: PrngState;
}

/** The largest seed accepted: seeds are unsigned 32-bit integers. */
export const MAX_SEED = 0xffff_ffff;

/** splitmix32 step, used only to spread a seed over sfc32's four words. */
function splitmix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return (z ^ (z >>> 15)) >>> 0;
}

/** Creates the PRNG state for an unsigned 32-bit integer seed. */
export function seedPrng(seed: number): PrngState {
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw new RangeError(`seed must be an integer in [0, ${MAX_SEED}], got ${seed}`);
  }
  const a = splitmix32(seed);
  const b = splitmix32(a);
  const c = splitmix32(b);
  const d = splitmix32(c);
  // Warm up so that nearby seeds diverge completely before the first use
  // (Rng draws the same sequence as nextUint32, without an object per draw).
  const rng = new Rng({ a, b, c, d });
  for (let i = 0; i < 12; i++) rng.uint32();
  return rng.state();
}

/** Draws a uniformly distributed unsigned 32-bit integer. */
export function nextUint32(state: PrngState): Draw<number> {
  let { a, b, c, d } = state;
  const t = (((a + b) | 0) + d) | 0;
  d = (d + 1) | 0;
  a = b ^ (b >>> 9);
  b = (c + (c << 3)) | 0;
  c = (c << 21) | (c >>> 11);
  c = (c + t) | 0;
  return { value: t >>> 0, state: { a: a >>> 0, b: b >>> 0, c: c >>> 0, d: d >>> 0 } };
}

/** Draws a float uniformly from [0, 1). */
export function nextFloat(state: PrngState): Draw<number> {
  const draw = nextUint32(state);
  return { value: draw.value / 0x1_0000_0000, state: draw.state };
}

/** Draws an integer uniformly from [min, max] (both inclusive). */
export function nextInt(state: PrngState, min: number, max: number): Draw<number> {
  if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
    throw new RangeError(`nextInt needs integers with min <= max, got [${min}, ${max}]`);
  }
  const draw = nextFloat(state);
  return { value: min + Math.floor(draw.value * (max - min + 1)), state: draw.state };
}

/** Draws true with probability p (clamped to [0, 1]). */
export function nextBool(state: PrngState, p: number): Draw<boolean> {
  const draw = nextFloat(state);
  return { value: draw.value < p, state: draw.state };
}

/**
 * Draws an approximately normal value (mean 0, sd 1) as the sum of four
 * uniforms (Irwin–Hall), rescaled. Bounded to ±3.46 sd, which keeps shocks
 * plausible and avoids the transcendental functions of Box–Muller.
 */
export function nextNormal(state: PrngState): Draw<number> {
  let s = state;
  let sum = 0;
  for (let i = 0; i < 4; i++) {
    const draw = nextFloat(s);
    sum += draw.value;
    s = draw.state;
  }
  // Sum of 4 U(0,1): mean 2, variance 4/12.
  return { value: (sum - 2) / IRWIN_HALL_4_SD, state: s };
}

/** Picks one element of a non-empty list uniformly. */
export function pick<T>(state: PrngState, items: readonly T[]): Draw<T> {
  if (items.length === 0) throw new RangeError('pick needs a non-empty list');
  const draw = nextInt(state, 0, items.length - 1);
  return { value: items[draw.value] as T, state: draw.state };
}

/**
 * A mutable sfc32 stream for the inside of one engine step: the engine copies
 * the state in, draws, and copies the state out, so callers still see pure
 * functions — without allocating two objects per draw in replays.
 */
export class Rng {
  /**
   * a, b, c, d as int32 words: object fields would hold these as boxed
   * doubles (most exceed the small-integer range); a typed array keeps them
   * raw. Every operation below takes its operands mod 2^32, so storing the
   * words signed gives the very bits of the unsigned ones.
   */
  private readonly s: Int32Array;

  constructor(state: PrngState) {
    const s = new Int32Array(4);
    s[0] = state.a;
    s[1] = state.b;
    s[2] = state.c;
    s[3] = state.d;
    this.s = s;
  }

  /** The same sequence as nextUint32. */
  uint32(): number {
    const s = this.s;
    const a = s[0] as number;
    const b = s[1] as number;
    const c = s[2] as number;
    const d = s[3] as number;
    const t = (((a + b) | 0) + d) | 0;
    s[3] = (d + 1) | 0;
    s[0] = b ^ (b >>> 9);
    s[1] = (c + (c << 3)) | 0;
    s[2] = (((c << 21) | (c >>> 11)) + t) | 0;
    return t >>> 0;
  }

  /** The same sequence as nextFloat. */
  float(): number {
    return this.uint32() / 0x1_0000_0000;
  }

  /** The same sequence as nextBool. */
  bool(p: number): boolean {
    return this.float() < p;
  }

  /** The same sequence as nextNormal. */
  normal(): number {
    const sum = this.float() + this.float() + this.float() + this.float();
    return (sum - 2) / IRWIN_HALL_4_SD;
  }

  state(): PrngState {
    const s = this.s;
    return {
      a: (s[0] as number) >>> 0,
      b: (s[1] as number) >>> 0,
      c: (s[2] as number) >>> 0,
      d: (s[3] as number) >>> 0,
    };
  }
}

/** Standard deviation of the sum of four U(0, 1): √(4/12). */
const IRWIN_HALL_4_SD = Math.sqrt(4 / 12);
