import { PARAMS } from '../model/parameters.js';

/**
 * Intelligent transformation in its three phases, strictly in order (§2; Zhou
 * et al. 2018): digital → digital-networked → new-generation intelligent
 * manufacturing. Cumulative spending crosses each phase's threshold; the last
 * phase also needs enough own knowledge. At most one phase a year.
 */
export function nextDigitalPhase(
  phase: number,
  cumulativeSpend: number,
  knowledge: number,
): number {
  if (phase >= 3) return 3;
  const threshold = PARAMS.digitalThresholds[phase] ?? Number.POSITIVE_INFINITY;
  if (cumulativeSpend < threshold) return phase;
  if (phase === 2 && knowledge < PARAMS.digitalKnowledgeForIntelligent) return phase;
  return phase + 1;
}

/** Process-efficiency gain of the phase reached. */
export function digitalEfficiency(phase: number): number {
  return PARAMS.digitalEfficiency[phase] ?? 0;
}
