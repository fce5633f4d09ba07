import { z } from 'zod';
import { PARTNER_IDS } from './ids.js';

/** Amounts are whole million CNY; the cap keeps a hostile log from overflowing anything. */
const Amount = z.number().int().min(0).max(1_000_000);

/**
 * One year's decision. `spend` maps lever ids to amounts (omitted = 0).
 * Lever ids are checked by the engine, so an unknown one gets its own error
 * code (`decision/unknown_lever`). `partners` (1–3 partner types the ties
 * budget targets) persists until changed. `answers` maps the year's event ids
 * to the chosen option ids.
 */
export const DecisionSchema = z.strictObject({
  spend: z.record(z.string().max(40), Amount),
  partners: z.array(z.enum(PARTNER_IDS)).min(1).max(3).optional(),
  answers: z.record(z.string().max(60), z.string().max(60)).optional(),
  borrow: Amount.optional(),
  repay: Amount.optional(),
});
export type Decision = z.infer<typeof DecisionSchema>;

/** A whole game's decisions, as submitted for a leaderboard (at most 40 years). */
export const DecisionLogSchema = z.array(DecisionSchema).max(40);
