import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { playGame } from '../engine/simulate.js';
import { strategies } from '../strategies/index.js';
import { DecisionLogSchema, type Decision } from './decision.js';
import {
  DECISION_LOG_FORMAT,
  decodeDecisionLog,
  encodeDecisionLog,
  type EncodedDecisionLog,
} from './decision-log-codec.js';
import { EncodedDecisionLogSchema } from './encoded-decision-log.js';
import { LEVER_IDS, PARTNER_IDS } from './ids.js';

const validAmount = fc.oneof(
  fc.constantFrom(0, 1, 1_000_000),
  fc.integer({ min: 0, max: 1_000_000 }),
);
const anyKey = fc.string({ maxLength: 45 });
const validDecision: fc.Arbitrary<Decision> = fc.record(
  {
    spend: fc.dictionary(
      fc.oneof(fc.constantFrom(...LEVER_IDS), fc.string({ maxLength: 40 })),
      validAmount,
      { maxKeys: 11 },
    ),
    partners: fc.array(fc.constantFrom(...PARTNER_IDS), { minLength: 1, maxLength: 3 }),
    answers: fc.dictionary(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), {
      maxKeys: 3,
    }),
    borrow: validAmount,
    repay: validAmount,
  },
  { requiredKeys: ['spend'] },
);

/** Junk near every rule's edge, in shapes the encoder can still write down. */
const junkAmount = fc.oneof(
  validAmount,
  fc.constantFrom(-1, 1_000_001, 0.5, Number.NaN, '3', null, true),
);
const decisionLike = fc.record(
  {
    spend: fc.dictionary(fc.oneof(fc.constantFrom(...LEVER_IDS), anyKey), junkAmount, {
      maxKeys: 6,
    }),
    partners: fc.oneof(
      fc.array(fc.constantFrom(...PARTNER_IDS), { maxLength: 4 }),
      fc.array(fc.string(), { maxLength: 2 }),
    ),
    answers: fc.oneof(
      fc.dictionary(fc.string({ maxLength: 65 }), fc.string({ maxLength: 65 }), { maxKeys: 3 }),
      fc.dictionary(fc.string(), fc.integer(), { maxKeys: 2 }),
    ),
    borrow: junkAmount,
    repay: junkAmount,
  },
  { requiredKeys: ['spend'] },
);

const viaJson = (log: EncodedDecisionLog): unknown => JSON.parse(JSON.stringify(log)) as unknown;

describe('encodeDecisionLog / decodeDecisionLog', () => {
  it('round-trips every valid log exactly, through JSON', () => {
    fc.assert(
      fc.property(fc.array(validDecision, { maxLength: 40 }), (log) => {
        expect(DecisionLogSchema.safeParse(log).success).toBe(true);
        const decoded = decodeDecisionLog(viaJson(encodeDecisionLog(log)));
        expect(decoded).toEqual({ ok: true, value: log });
      }),
      { numRuns: 1500 },
    );
  });

  it('refuses exactly what DecisionLogSchema refuses', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(validDecision, decisionLike), { maxLength: 42 }), (log) => {
        const zod = DecisionLogSchema.safeParse(log);
        const decoded = decodeDecisionLog(encodeDecisionLog(log as Decision[]));
        expect(decoded.ok).toBe(zod.success);
        if (zod.success && decoded.ok) expect(decoded.value).toEqual(zod.data);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps odd keys as own properties (JSON may carry "__proto__")', () => {
    const log = JSON.parse(
      '[{"spend":{"__proto__":3},"answers":{"__proto__":"x"}},{"spend":{"process":0}}]',
    ) as Decision[];
    expect(DecisionLogSchema.safeParse(log).success).toBe(true);
    expect(decodeDecisionLog(viaJson(encodeDecisionLog(log)))).toEqual({ ok: true, value: log });
  });

  it('keeps a bot game under 2 KB and replays it the same', () => {
    const game = playGame({ scenarioId: 'dongguan-electronics', seed: 7 }, strategies.balancedGic);
    const encoded = encodeDecisionLog(game.decisions);
    expect(JSON.stringify(encoded).length).toBeLessThanOrEqual(2048);
    expect(decodeDecisionLog(viaJson(encoded))).toEqual({ ok: true, value: game.decisions });
  });

  it('names the year and the field it refuses', () => {
    const tag = DECISION_LOG_FORMAT;
    expect(decodeDecisionLog([tag, [5], [1, -3]])).toMatchObject({
      ok: false,
      path: [1, 'spend', 'appliedRnd'],
      message: expect.stringMatching(/^year 2 of the log, spend\.appliedRnd: /) as unknown,
    });
    expect(decodeDecisionLog([tag, [1, { p: [9] }]])).toMatchObject({
      ok: false,
      path: [0, 'partners', 0],
    });
    expect(decodeDecisionLog([tag, [], [], [{ b: 1.5 }]])).toMatchObject({
      ok: false,
      path: [2, 'borrow'],
    });
    expect(decodeDecisionLog([tag, [1, 0]])).toMatchObject({ ok: false, path: [0, 'spend'] });
    expect(decodeDecisionLog([tag, [{}]])).toMatchObject({ ok: false, path: [0] });
  });

  it('refuses a log written for another format or lever list', () => {
    const other = decodeDecisionLog(['dl1.0', [1, 2]]);
    expect(other).toMatchObject({ ok: false, path: [] });
    expect(decodeDecisionLog([[1, 2]])).toMatchObject({ ok: false, path: [] });
    expect(
      decodeDecisionLog([DECISION_LOG_FORMAT, ...Array.from({ length: 41 }, () => [])]),
    ).toMatchObject({ ok: false });
  });
});

/** Valid encodings with one element swapped for junk, and arbitrary values. */
const encodedLike: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.array(validDecision, { maxLength: 4 }),
    fc.nat(),
    fc.nat(),
    fc.oneof(fc.anything(), junkAmount, fc.constant(0), fc.constant({}), fc.constant({ z: [0] })),
  )
  .map(([log, yi, ei, junk]) => {
    const encoded = encodeDecisionLog(log) as unknown[];
    if (encoded.length > 1 && yi % 3 !== 0) {
      const year = encoded[1 + (yi % (encoded.length - 1))] as unknown[];
      year[ei % (year.length + 1)] = junk;
    }
    return encoded;
  });

describe('EncodedDecisionLogSchema agrees with decodeDecisionLog', () => {
  it('accepts and refuses the same inputs', () => {
    fc.assert(
      fc.property(fc.oneof(encodedLike, fc.anything()), (input) => {
        expect(decodeDecisionLog(input).ok).toBe(EncodedDecisionLogSchema.safeParse(input).success);
      }),
      { numRuns: 3000 },
    );
  });
});
