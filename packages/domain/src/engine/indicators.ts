import { PARAMS } from '../model/parameters.js';
import { tieScore } from '../mechanisms/gic-ties.js';
import { foreignDependence } from '../mechanisms/licensing.js';
import { DIGITAL_PHASES, type DigitalPhase, type Mode } from '../schemas/ids.js';
import { gvcPosition } from './operate.js';
import type { FirmState, GameState, YearOutcome } from './state.js';

/** The indicators the game shows and the server stores, each documented in the README. */
export interface Indicators {
  readonly year: number;
  readonly mode: Mode;
  /** (applied R&D + basic research) / revenue. */
  readonly rdIntensity: number;
  /** Captured value-added share of the product's value (smile-curve height), 0–1. */
  readonly valueAddedShare: number;
  /** Value-added-weighted position along the curve, 0 (R&D) … 1 (brand & services). */
  readonly smilePosition: number;
  /** Koopman et al. (2010): IV/E + FV/E. */
  readonly gvcParticipation: number;
  /** Koopman et al. (2010): ln(1 + IV/E) − ln(1 + FV/E). */
  readonly gvcPosition: number;
  /** Domestic value added / exports (OECD TiVA style). */
  readonly domesticValueAddedShare: number;
  /** Value-added-weighted upstreamness of the stages performed (Antràs et al. 2012 style), 1–3.6. */
  readonly upstreamness: number;
  /** 0.6 × tie score + 0.4 × share of knowledge absorbed from outside, 0–1. */
  readonly gicEmbedding: number;
  readonly tieScore: number;
  readonly foreignKnowledgeShare: number;
  readonly absorptiveCapacity: number;
  readonly knowledge: number;
  readonly coreTech: number;
  readonly patents: number;
  readonly foreignTechDependence: number;
  readonly efficiency: number;
  readonly lockInRisk: number;
  readonly lockedIn: boolean;
  readonly digitalPhase: DigitalPhase;
  readonly revenue: number;
  readonly profit: number;
  readonly cash: number;
  readonly debt: number;
}

export function gicEmbedding(firm: FirmState): { gic: number; ties: number; foreignShare: number } {
  const ties = tieScore(firm.ties);
  const known = firm.absorbedTotal + firm.createdTotal;
  const foreignShare = known > 0 ? firm.absorbedTotal / known : 0;
  return { gic: 0.6 * ties + 0.4 * foreignShare, ties, foreignShare };
}

/** Indicators of a firm after a year's outcome. */
export function indicatorsOf(firm: FirmState, o: YearOutcome): Indicators {
  const g = gicEmbedding(firm);
  const e = o.revenue;
  return {
    year: o.year,
    mode: firm.mode,
    rdIntensity: e > 0 ? o.rndSpend / e : 0,
    valueAddedShare: o.valueAddedShare,
    smilePosition: o.smilePosition,
    gvcParticipation: e > 0 ? (o.indirectValue + o.foreignValue) / e : 0,
    gvcPosition: gvcPosition(o),
    domesticValueAddedShare: e > 0 ? Math.min(1, o.valueAdded / e) : 0,
    upstreamness: o.upstreamness,
    gicEmbedding: g.gic,
    tieScore: g.ties,
    foreignKnowledgeShare: g.foreignShare,
    absorptiveCapacity: o.absorptiveCapacity,
    knowledge: firm.knowledge,
    coreTech: firm.coreTech,
    patents: firm.patents,
    foreignTechDependence: foreignDependence(firm.licensed, firm.knowledge, firm.coreTech),
    efficiency: o.efficiency,
    lockInRisk: firm.lockInRisk,
    lockedIn: firm.lockedIn,
    digitalPhase: DIGITAL_PHASES[firm.digitalPhase] ?? 'none',
    revenue: o.revenue,
    profit: o.netProfit,
    cash: firm.cash,
    debt: firm.debt,
  };
}

/** The indicators of a game as it stands (after the last completed year, or at the start). */
export function indicators(state: GameState): Indicators {
  if (!state.last) throw new Error('A game always has a baseline outcome');
  return indicatorsOf(state.firm, state.last);
}

/** The R&D intensity above which a firm counts as a High and New Technology Enterprise. */
export const HNTE_THRESHOLD = 0.03;
export const PURE_OEM_INTENSITY = PARAMS.pureOemIntensity;
