import { LEVER_IDS, PARTNER_IDS } from '@smile-curve/domain';
import fc from 'fast-check';

/**
 * Values a client should never send: wrong types, boundary numbers, huge and
 * deeply nested values, Unicode edge cases. `deep(n)` stands for n nested
 * arrays, spliced into the JSON text by the wire (JSON.stringify would recurse).
 */

const DEEP_KEY = '\u0000smile-deep:';

/** A marker toJson replaces with `[[[…]]]` n levels deep. */
export const deepMarker = (levels: number): string => `${DEEP_KEY}${String(levels)}`;

/** Serialises a value, expanding deep markers into raw nested arrays. */
export function toJson(value: unknown): string {
  const text = JSON.stringify(value) as string | undefined;
  if (text === undefined) return 'null';
  return text.replace(/"\\u0000smile-deep:(\d+)"/g, (_whole, levels: string) => {
    const n = Number(levels);
    return '['.repeat(n) + ']'.repeat(n);
  });
}

const UNICODE_EDGES = [
  '',
  ' ',
  '\u0000',
  '\u0000abc',
  '\uD800',
  '\uDFFF',
  'a\uDC00b',
  '\uFEFF',
  '\u200B',
  '\u202Eevil',
  'A\u0301',
  'Å',
  'ﬃ',
  'ＡＢＣＤＥＦ',
  '🙂',
  '👩‍👩‍👧‍👦',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '王小明',
  'Ω≈ç√∫',
  '\r\n\t',
  '\u0085\u2028\u2029',
  '"; drop table runs; --',
  "' or 1=1 --",
  '<script>alert(1)</script>',
  '__proto__',
  'constructor',
  '%00',
  '../../etc/passwd',
  '=cmd|calc',
];

const BOUNDARY_NUMBERS = [
  0,
  -0,
  1,
  -1,
  0.5,
  1.5,
  -1.5,
  2 ** 31 - 1,
  2 ** 31,
  2 ** 32,
  2 ** 53 - 1,
  2 ** 53,
  -(2 ** 53),
  1e21,
  1e308,
  -1e308,
  Number.MIN_VALUE,
  Number.EPSILON,
  1900,
  2200,
  2200.5,
];

/** Each UTF-16 code unit on its own, so surrogate halves come apart. */
const codeUnits = (text: string) => Array.from({ length: text.length }, (_, i) => text.charAt(i));

export const unicodeString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...UNICODE_EDGES),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...codeUnits(UNICODE_EDGES.join(''))), maxLength: 80 }),
);

export const boundaryNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(...BOUNDARY_NUMBERS),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.maxSafeInteger(),
);

/** Big enough to matter, small enough to stay under (or just over) the 64 KB body limit. */
const huge: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: 1_000, max: 80_000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 100, max: 12_000 }).map((n) => Array.from({ length: n }, () => 0)),
  fc
    .integer({ min: 100, max: 3_000 })
    .map((n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${String(i)}`, i]))),
);

const deep: fc.Arbitrary<string> = fc
  .oneof(fc.integer({ min: 10, max: 200 }), fc.integer({ min: 1_000, max: 30_000 }))
  .map(deepMarker);

/** Any value of the wrong shape. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: unicodeString },
  { weight: 3, arbitrary: boundaryNumber },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: huge },
  { weight: 1, arbitrary: deep },
  {
    weight: 1,
    arbitrary: fc.dictionary(unicodeString, fc.jsonValue({ maxDepth: 1 }), { maxKeys: 5 }),
  },
);

const amount = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 40 }) },
  { weight: 1, arbitrary: fc.oneof(boundaryNumber, fc.constantFrom(1_000_000, 1_000_001)) },
  { weight: 1, arbitrary: hostileValue },
);

const lever = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...LEVER_IDS) },
  { weight: 1, arbitrary: unicodeString },
);

/** Decision-shaped objects: mostly plausible, sometimes poisoned. */
const decision: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record(
      {
        spend: fc.dictionary(lever, amount, { maxKeys: 6 }),
        partners: fc.array(
          fc.oneof(fc.constantFrom(...PARTNER_IDS), unicodeString as fc.Arbitrary<unknown>),
          { maxLength: 4 },
        ),
        answers: fc.dictionary(unicodeString, fc.oneof(unicodeString, hostileValue), {
          maxKeys: 2,
        }),
        borrow: amount,
        repay: amount,
      },
      { requiredKeys: ['spend'] },
    ),
  },
  { weight: 1, arbitrary: hostileValue },
);

/** A random decision log, of any length around the limit. */
export const decisionLog: fc.Arbitrary<unknown[]> = fc.array(decision, { maxLength: 45 });
