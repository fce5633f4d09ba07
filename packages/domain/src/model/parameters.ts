/**
 * Model parameters shared by every scenario, each with the source it is
 * calibrated from (see packages/domain/README.md for the full table). Scenario
 * data holds what differs between firms and regions.
 */
export const PARAMS = {
  /** Knowledge-stock depreciation δ per year (Griliches perpetual inventory; 15 % is the standard). */
  knowledgeDepreciation: 0.15,
  /** Jones (1995) knowledge production ΔK = a·R^λ·(1+K)^φ: productivity a, returns λ, spill-over-from-stock φ. */
  rndProductivity: 2.0,
  rndReturns: 0.6,
  stockSpillover: 0.25,
  /** Basic research builds core technology more slowly but it does not leak as easily (§5.1). */
  basicProductivity: 1.3,
  coreTechDepreciation: 0.08,
  /**
   * Absorptive capacity γ = A/(A+β), A = κ·K + θ·T (Cohen & Levinthal 1990):
   * prior knowledge helps, but learning mechanisms (training) matter most.
   */
  absorptionHalf: 60,
  knowledgeWeight: 0.5,
  trainingWeight: 2,
  trainingDepreciation: 0.2,
  /** Search: p_match = 1 − exp(−λ·effort·(1 + σ·pastMatches)) per targeted partner type. */
  searchLambda: 0.35,
  searchLearning: 0.15,
  tieGain: 0.3,
  tieDecay: 0.12,
  /** Licensing: efficiency from licensed technology, royalties, and the little it teaches. */
  licenceDepreciation: 0.2,
  licenceEfficiency: 0.5,
  licenceHalf: 30,
  royaltyRate: 0.015,
  licenceLearning: 0.08,
  /** Process upgrading (captive chains allow it: Humphrey & Schmitz 2002). */
  processDepreciation: 0.12,
  processEfficiency: 0.45,
  processHalf: 50,
  /** Design and brand stocks. Captive buyers block own-brand building under OEM. */
  designDepreciation: 0.12,
  brandDepreciation: 0.1,
  designShare: 0.6,
  /** Design capability built per million CNY of design spending. */
  designProductivity: 1.5,
  oemBrandPenalty: 0.35,
  /** IP: own protection stock ε_own = 1 − exp(−S/ipHalf); leakage of K to rivals (1 − ε)·ipLeak. */
  ipDepreciation: 0.15,
  ipHalf: 12,
  ipLeak: 0.06,
  /** Patents: expected new patents per unit of knowledge created. */
  patentRate: 0.12,
  /** Virtuous circle: each patent in use adds to own-channel product value (capped). */
  patentPremium: 0.012,
  patentPremiumCap: 40,
  /** Functional-upgrading thresholds (§3.2 "Making" to "Creating"). */
  odmDesign: 20,
  odmKnowledge: 45,
  obmBrand: 40,
  obmPatents: 8,
  obmKnowledge: 90,
  lockedInThresholdFactor: 1.4,
  lockedInAbsorptionFactor: 0.75,
  /** Low-end lock-in risk: logistic composite, locked above `lockIn`, freed below `unlock`. */
  lockInBias: -3.0,
  lockInPerPureYear: 0.28,
  lockInKnowledgeWeight: 2.0,
  lockInKnowledgeHalf: 60,
  lockInDependenceWeight: 1.5,
  lockInBuyerWeight: 1.0,
  lockInModeRelief: 1.2,
  lockIn: 0.8,
  unlock: 0.55,
  /** A "pure OEM" year: OEM mode with own innovation spending under this share of revenue. */
  pureOemIntensity: 0.015,
  /** Intelligent transformation: cumulative spend to enter each phase, in order (§2, Zhou et al. 2018). */
  digitalThresholds: [15, 45, 110],
  digitalKnowledgeForIntelligent: 70,
  digitalEfficiency: [0, 0.06, 0.14, 0.25],
  /** Exposure: how much of a world-demand shock reaches the diversified (non-OEM) channel. */
  ownChannelShockShare: 0.35,
  /** Diversification of sales away from foreign buyers' orders by mode. */
  diversification: { OEM: 0, ODM: 0.3, OBM: 0.65 },
  /** Competitiveness: buyers move orders away when unit labour cost outruns efficiency. */
  competitivenessElasticity: 0.5,
  /** Labour cost per unit of product value at wage index 1 and efficiency 1. */
  labourShare: 0.031,
  /** Share of wage rises buyers pay for through higher assembly fees. */
  wagePassThrough: 0.75,
  overheadShare: 0.01,
  /**
   * Cost of performing the stages beyond assembly (engineers, designers,
   * marketers, distribution), as a share of the value added they capture.
   */
  upgradedStageCost: 0.8,
  /** Imported materials not on the smile curve (share of product value). */
  importedMaterials: 0.1,
  /** Share of key components made in-house that are sold to other exporters (IV in Koopman et al.). */
  componentsResold: 0.5,
  /** Governance × innovation-system maturity (Fransen & Knorringa 2019). */
  matureSystem: 0.5,
  captiveProcessBoost: 1.2,
  captiveProductDrag: 0.8,
  relationalProductBoost: 1.2,
} as const;

export type Params = typeof PARAMS;
