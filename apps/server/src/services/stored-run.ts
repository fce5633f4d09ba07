import type { Decision, Indicators, ScoreBreakdown } from '@smile-curve/domain';
import { z } from 'zod';

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

export function storedTrajectory(value: unknown): Indicators[] {
  if (!Array.isArray(value)) throw new TypeError('stored trajectory is not an array');
  return value as Indicators[];
}

export function storedIndicators(value: unknown): Indicators {
  if (typeof value !== 'object' || value === null) {
    throw new TypeError('stored indicators are not an object');
  }
  return value as Indicators;
}

/** Decisions were stored only after the replay accepted every one of them. */
export function storedDecisions(value: unknown): Decision[] {
  if (!Array.isArray(value)) throw new TypeError('stored decisions are not an array');
  return value as Decision[];
}
