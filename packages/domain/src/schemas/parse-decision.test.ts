import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DecisionSchema } from './decision.js';
import { LEVER_IDS, PARTNER_IDS } from './ids.js';
import { parseDecision } from './parse-decision.js';

/** Values near every rule's edge, and junk. */
const amount = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }),
  fc.constantFrom(-1, 1_000_001, 0.5, Number.NaN, Number.POSITIVE_INFINITY, '3', null, true),
);
/** Keys a JSON body can carry that plain assignment or prototype lookups treat specially. */
const trickyKey = fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty');
const leverKey = fc.oneof(fc.constantFrom(...LEVER_IDS), fc.string({ maxLength: 45 }), trickyKey);
const eventKey = fc.oneof(fc.string({ maxLength: 65 }), trickyKey);
/** Objects as JSON.parse builds them: "__proto__" becomes an own key, not the prototype. */
const viaJson = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  arb.map((x) => JSON.parse(JSON.stringify(x)) as unknown);
const decisionLike = fc.record(
  {
    spend: fc.oneof(
      fc.dictionary(leverKey, amount, { maxKeys: 6 }),
      fc.constantFrom(null, [], 'x'),
    ),
    partners: fc.oneof(
      fc.array(fc.constantFrom(...PARTNER_IDS), { maxLength: 4 }),
      fc.array(fc.string(), { maxLength: 2 }),
      fc.constant('university'),
    ),
    answers: fc.oneof(
      fc.dictionary(eventKey, fc.string({ maxLength: 65 }), { maxKeys: 3 }),
      fc.dictionary(eventKey, fc.integer(), { maxKeys: 2 }),
    ),
    borrow: amount,
    repay: amount,
    score: fc.integer(),
  },
  { requiredKeys: [] },
);

/** Valid decisions with an own "__proto__" key (any value) put into spend and/or answers. */
const withProtoKey = fc
  .record({
    spend: fc.dictionary(fc.constantFrom(...LEVER_IDS), fc.integer({ min: 0, max: 1_000_000 }), {
      maxKeys: 3,
    }),
    answers: fc.dictionary(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), {
      maxKeys: 2,
    }),
    where: fc.constantFrom('spend', 'answers', 'both'),
    value: fc.oneof(amount, fc.string({ maxLength: 70 }), fc.integer()),
  })
  .map(({ spend, answers, where, value }) => {
    const d = JSON.parse(JSON.stringify({ spend, answers })) as Record<string, object>;
    const define = (o: object): void => {
      Object.defineProperty(o, '__proto__', {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    };
    if (where !== 'answers') define(d.spend as object);
    if (where !== 'spend') define(d.answers as object);
    return d;
  });

describe('parseDecision agrees with DecisionSchema', () => {
  it('accepts and refuses exactly the same inputs', () => {
    fc.assert(
      fc.property(
        fc.oneof(decisionLike, viaJson(decisionLike), withProtoKey, fc.anything()),
        (input) => {
          const zod = DecisionSchema.safeParse(input);
          const mine = parseDecision(input);
          expect(mine.ok).toBe(zod.success);
          if (zod.success && mine.ok) expect(mine.value).toEqual(zod.data);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('treats an own "__proto__" key as zod does: skipped, value unchecked, never kept', () => {
    for (const body of [
      '{"spend":{"process":5},"answers":{"__proto__":"x","wage-rise":"absorb"}}',
      '{"spend":{"process":5},"answers":{"__proto__":42}}',
      '{"spend":{"__proto__":-1,"process":5}}',
    ]) {
      const input: unknown = JSON.parse(body);
      const zod = DecisionSchema.safeParse(input);
      const mine = parseDecision(input);
      expect(mine.ok).toBe(zod.success);
      if (!mine.ok || !zod.success) continue;
      expect(mine.value).toEqual(zod.data);
      expect(Object.keys(mine.value.spend)).toEqual(Object.keys(zod.data.spend));
      expect(Object.keys(mine.value.answers ?? {})).toEqual(Object.keys(zod.data.answers ?? {}));
      expect(Object.getPrototypeOf(mine.value.answers ?? {})).toBe(Object.prototype);
    }
  });

  it('names the field it refuses', () => {
    expect(parseDecision({ spend: { process: -1 } })).toMatchObject({
      ok: false,
      path: ['spend', 'process'],
    });
    expect(parseDecision({ spend: {}, partners: [] })).toMatchObject({
      ok: false,
      path: ['partners'],
    });
    expect(parseDecision({ spend: {}, repay: 1.5 })).toMatchObject({ ok: false, path: ['repay'] });
    expect(parseDecision({ spend: {}, cheat: 1 })).toMatchObject({ ok: false, path: ['cheat'] });
  });
});
