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
const leverKey = fc.oneof(fc.constantFrom(...LEVER_IDS), fc.string({ maxLength: 45 }));
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
      fc.dictionary(fc.string({ maxLength: 65 }), fc.string({ maxLength: 65 }), { maxKeys: 3 }),
      fc.dictionary(fc.string(), fc.integer(), { maxKeys: 2 }),
    ),
    borrow: amount,
    repay: amount,
    score: fc.integer(),
  },
  { requiredKeys: [] },
);

describe('parseDecision agrees with DecisionSchema', () => {
  it('accepts and refuses exactly the same inputs', () => {
    fc.assert(
      fc.property(fc.oneof(decisionLike, fc.anything()), (input) => {
        const zod = DecisionSchema.safeParse(input);
        const mine = parseDecision(input);
        expect(mine.ok).toBe(zod.success);
        if (zod.success && mine.ok) expect(mine.value).toEqual(zod.data);
      }),
      { numRuns: 3000 },
    );
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
