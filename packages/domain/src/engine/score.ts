import { gicEmbedding } from './indicators.js';
import type { GameState } from './state.js';

/** The score's parts; the total is their sum. All integers. */
export interface ScoreBreakdown {
  /** Cumulative net profit, 1 point per million CNY (never below 0). */
  readonly valueCreated: number;
  /** Final captured value-added share × 1000. */
  readonly smileCurve: number;
  /** Final GIC embedding (0–1) × 300. */
  readonly gicEmbedding: number;
  /** 200 for a firm that is still solvent at the end. */
  readonly survival: number;
  readonly total: number;
}

/**
 * Deterministic integer score. A bankrupt firm keeps what it earned and the
 * position it reached, but not the survival bonus.
 */
export function score(state: GameState): ScoreBreakdown {
  const valueCreated = Math.max(0, Math.round(state.totals.profit));
  const smileCurve = Math.round(1000 * (state.last?.valueAddedShare ?? 0));
  const gic = Math.round(300 * gicEmbedding(state.firm).gic);
  const survival = state.status === 'bankrupt' ? 0 : state.status === 'finished' ? 200 : 0;
  return {
    valueCreated,
    smileCurve,
    gicEmbedding: gic,
    survival,
    total: valueCreated + smileCurve + gic + survival,
  };
}
