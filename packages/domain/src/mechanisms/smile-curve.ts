import { PARAMS } from '../model/parameters.js';
import { STAGE_IDS, type Mode, type StageId } from '../schemas/ids.js';
import type { Scenario } from '../schemas/scenario.js';

/**
 * One number per smile-curve stage, in STAGE_IDS order (R&D … brand &
 * services). Arrays, not records: replays index them every year.
 */
export type StageValues = readonly number[];

/** Stage indices, for readable access into StageValues. */
export const S = {
  rnd: 0,
  design: 1,
  keyComponents: 2,
  assembly: 3,
  logistics: 4,
  marketing: 5,
  brandServices: 6,
} as const satisfies Record<StageId, number>;

/** A StageValues as a record keyed by stage id, for display and reports. */
export function byStage(values: StageValues): Record<StageId, number> {
  return Object.fromEntries(STAGE_IDS.map((s, i) => [s, values[i] ?? 0])) as Record<
    StageId,
    number
  >;
}

/**
 * Value-added margin of a stage at position x on the smile curve (Shih 1992;
 * §3.1): m(x) = base + a·(x − x₀)², asymmetric (a differs left and right of
 * the bottom x₀), deepening every year as manufacturing commoditises
 * (Baldwin & Ito 2021: the smile curve has become deeper).
 */
export function stageMargin(
  x: number,
  yearsElapsed: number,
  curve: Scenario['smileCurve'],
): number {
  const d = x - curve.bottom;
  const a = d < 0 ? curve.aLeft : curve.aRight;
  const deepen = 1 + curve.deepening * yearsElapsed;
  return curve.base + a * deepen * d * d;
}

const positionCache = new WeakMap<Scenario['smileCurve'], StageValues>();
const weightCache = new WeakMap<Scenario['smileCurve'], Map<number, StageValues>>();

/** The curve's stage positions on [0, 1], as StageValues. */
export function stagePositions(curve: Scenario['smileCurve']): StageValues {
  let positions = positionCache.get(curve);
  if (!positions) {
    positions = STAGE_IDS.map((s) => curve.positions[s]);
    positionCache.set(curve, positions);
  }
  return positions;
}

/** Each stage's share of the product's total value added (sums to 1). */
export function stageWeights(yearsElapsed: number, curve: Scenario['smileCurve']): StageValues {
  // Pure in (curve, year): memoised because replays ask for it every year.
  let byYear = weightCache.get(curve);
  if (!byYear) {
    byYear = new Map();
    weightCache.set(curve, byYear);
  }
  const cached = byYear.get(yearsElapsed);
  if (cached) return cached;
  const margins = stagePositions(curve).map((x) => stageMargin(x, yearsElapsed, curve));
  const total = margins.reduce((a, b) => a + b, 0);
  const weights = margins.map((m) => m / total);
  byYear.set(yearsElapsed, weights);
  return weights;
}

export interface CapabilityInputs {
  readonly mode: Mode;
  readonly knowledge: number;
  readonly coreTech: number;
  readonly design: number;
  readonly brand: number;
  readonly digitalPhase: number;
}

const saturate = (x: number, half: number): number => (x <= 0 ? 0 : x / (x + half));

/** The most of each stage a firm can perform itself. */
export const STAGE_CEILING: StageValues = [0.5, 0.7, 0.6, 1, 0.9, 0.6, 0.6];

/**
 * The share of each stage the firm performs itself, from its stocks and its
 * mode. An OEM assembles to the buyer's design and brand: captive buyers keep
 * design, marketing and brand (Humphrey & Schmitz 2002), so those stay near 0
 * until the firm upgrades to ODM and OBM. Even a leading brand shares each
 * stage with suppliers, partners and retailers, so every capability tops out
 * under 1 (STAGE_CEILING).
 */
export function stageCapabilities(f: CapabilityInputs): StageValues {
  const modeReach = f.mode === 'OEM' ? 0.3 : f.mode === 'ODM' ? 0.75 : 1;
  const brandReach = f.mode === 'OBM' ? 1 : f.mode === 'ODM' ? 0.15 : 0;
  const ceiling = STAGE_CEILING;
  return [
    (ceiling[S.rnd] ?? 0) *
      modeReach *
      (0.6 * saturate(f.knowledge, 120) + 0.4 * saturate(f.coreTech, 80)),
    (ceiling[S.design] ?? 0) *
      (f.mode === 'OEM' ? 0.1 * saturate(f.design, 60) : saturate(f.design, 40)),
    0.1 + ((ceiling[S.keyComponents] ?? 0) - 0.1) * saturate(f.coreTech, 60),
    1,
    0.3 + 0.2 * f.digitalPhase,
    (ceiling[S.marketing] ?? 0) * brandReach * saturate(f.brand, 40),
    (ceiling[S.brandServices] ?? 0) *
      brandReach *
      saturate(f.brand, 60) *
      (f.digitalPhase >= 2 ? 1 : 0.7),
  ];
}

/** Σ_s a_s·b_s over the stages. */
function dot(a: StageValues, b: StageValues): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] ?? 0) * (b[i] ?? 0);
  return sum;
}

/** Captured value-added share v = Σ_s c_s·w_s: the firm's height on the smile curve. */
export function capturedShare(weights: StageValues, caps: StageValues): number {
  return dot(weights, caps);
}

/** The value-added-weighted mean of `values` over what the firm does (position, upstreamness). */
export function weightedMean(weights: StageValues, caps: StageValues, values: StageValues): number {
  let num = 0;
  let den = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = (weights[i] ?? 0) * (caps[i] ?? 0);
    num += w * (values[i] ?? 0);
    den += w;
  }
  return den === 0 ? 0.5 : num / den;
}

/**
 * Upstreamness of each stage: average distance from final demand (Antràs,
 * Chor, Fally & Hillberry 2012 style; values set for this stylised chain).
 */
export const STAGE_UPSTREAMNESS: StageValues = [3.6, 3.2, 2.8, 1.9, 1.5, 1.2, 1.0];

/** Imported parts: key components not made in-house plus imported materials (share of product value). */
export function importedShare(weights: StageValues, caps: StageValues): number {
  return (
    (weights[S.keyComponents] ?? 0) * (1 - (caps[S.keyComponents] ?? 0)) + PARAMS.importedMaterials
  );
}
