import { z } from 'zod';
import { DECISION_LOG_FORMAT, type EncodedDecisionLog } from './decision-log-codec.js';
import { LEVER_IDS, PARTNER_IDS } from './ids.js';
import { MAX_AMOUNT, MAX_LOG_LENGTH } from './parse-decision.js';

const Amount = z.number().int().min(0).max(MAX_AMOUNT);
const LEVERS: ReadonlySet<string> = new Set(LEVER_IDS);

/** The optional last element of an encoded year (see EncodedDecisionLog). */
const ExtrasSchema = z
  .strictObject({
    /** Partner types the ties budget targets, as PARTNER_IDS indices. */
    p: z
      .array(
        z
          .number()
          .int()
          .min(0)
          .max(PARTNER_IDS.length - 1),
      )
      .min(1)
      .max(3)
      .optional(),
    /** Event id → chosen option id. */
    a: z.record(z.string().max(60), z.string().max(60)).optional(),
    b: Amount.optional(),
    r: Amount.optional(),
    /** Levers given an explicit 0 (LEVER_IDS indices, increasing). */
    z: z
      .array(
        z
          .number()
          .int()
          .min(0)
          .max(LEVER_IDS.length - 1),
      )
      .min(1)
      .optional(),
    /** Spend keys that are not lever ids (the engine refuses them, by name). */
    x: z.record(z.string().max(40), Amount).optional(),
  })
  .refine((e) => Object.keys(e).length > 0, 'not canonical: empty extras object');
type Extras = z.infer<typeof ExtrasSchema>;

/** One year: lever amounts in LEVER_IDS order, trailing zeros trimmed, then optional extras. */
const EncodedYearSchema = z.array(z.union([Amount, ExtrasSchema])).superRefine((year, ctx) => {
  const last = year[year.length - 1];
  const extras = typeof last === 'object' ? last : undefined;
  const amounts = extras ? year.slice(0, -1) : year;
  if (amounts.length > LEVER_IDS.length || amounts.some((v) => typeof v !== 'number')) {
    ctx.addIssue({ code: 'custom', message: `at most ${LEVER_IDS.length} amounts, then extras` });
    return;
  }
  if (amounts.length > 0 && amounts[amounts.length - 1] === 0) {
    ctx.addIssue({ code: 'custom', message: 'not canonical: trailing zero amount' });
  }
  if (extras) checkExtras(extras, amounts as number[], ctx);
});

function checkExtras(extras: Extras, amounts: number[], ctx: z.RefinementCtx): void {
  let previous = -1;
  for (const index of extras.z ?? []) {
    if (index <= previous || (amounts[index] ?? 0) > 0) {
      ctx.addIssue({ code: 'custom', message: 'z: increasing indices of levers without amounts' });
    }
    previous = index;
  }
  if (extras.x) {
    const keys = Object.keys(extras.x);
    if (keys.length === 0 || keys.some((k) => LEVERS.has(k))) {
      ctx.addIssue({ code: 'custom', message: 'x: only non-lever keys, at least one' });
    }
  }
}

/**
 * The compact decision log as zod (for documentation and tRPC input):
 * `[DECISION_LOG_FORMAT, ...years]`, at most 40 years. decodeDecisionLog
 * accepts exactly what this accepts (a property test checks it) and also
 * turns it back into decisions.
 */
export const EncodedDecisionLogSchema: z.ZodType<EncodedDecisionLog> = z
  .tuple([z.literal(DECISION_LOG_FORMAT)], EncodedYearSchema)
  .refine((log) => log.length - 1 <= MAX_LOG_LENGTH, `at most ${MAX_LOG_LENGTH} years`);
