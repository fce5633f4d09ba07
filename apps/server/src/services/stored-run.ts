import {
  decodeDecisionLog,
  DecisionLogSchema,
  type Decision,
  type Indicators,
  type ScoreBreakdown,
} from '@smile-curve/domain';
import { z } from 'zod';
import { decodeTrajectory } from './trajectory-codec.js';

/**
 * Stored JSON read back with its type: written by this server from the
 * domain's replay, so the breakdown is checked and the indicators are trusted.
 */
const Points = z.number().int();
export const StoredBreakdown = z.object({
  valueCreated: Points,
  smileCurve: Points,
  gicEmbedding: Points,
  survival: Points,
  total: Points,
}) satisfies z.ZodType<ScoreBreakdown>;

export function storedBreakdown(value: unknown): ScoreBreakdown {
  return StoredBreakdown.parse(value);
}

/** The per-year trajectory, stored compact (see trajectory-codec.ts) or, in older rows, plain. */
export function storedTrajectory(value: unknown): Indicators[] {
  return decodeTrajectory(value);
}

export function storedIndicators(value: unknown): Indicators {
  if (typeof value !== 'object' || value === null) {
    throw new TypeError('stored indicators are not an object');
  }
  return value as Indicators;
}

/**
 * Decisions are stored in the domain's compact encoding (`encodeDecisionLog`,
 * about a third of the verbose JSON), written only after the replay accepted
 * every one of them. Rows written before the encoding hold the verbose log.
 */
export function storedDecisions(value: unknown): Decision[] {
  if (Array.isArray(value) && typeof value[0] === 'string') {
    const decoded = decodeDecisionLog(value);
    if (!decoded.ok) throw new TypeError(`stored decisions: ${decoded.message}`);
    return decoded.value;
  }
  return DecisionLogSchema.parse(value);
}
