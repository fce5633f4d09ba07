import type { Mode, PartnerId, Scenario, StageId } from '@smile-curve/domain';
import type { Domain } from '../domain-runtime.js';

/**
 * Learn mode's numbers. Every interactive number comes from the domain's own
 * mechanisms on the default scenario's data, so the lesson and the game
 * never disagree. Pure: the domain module is passed in.
 */
export interface LearnModel {
  readonly scenario: Scenario;
  /** Step 1: the margin at a point of the curve and the nearest stage's share of the product's value. */
  smile(x: number): SmilePoint;
  /** Step 1: the curve itself, sampled for drawing (x, margin). */
  curve(samples: number): readonly (readonly [number, number])[];
  /** Step 3: an OEM's lock-in risk after some years of pure assembly, and its captured share. */
  lockIn(pureOemYears: number, mode: Mode): LockInView;
  /** Step 4: reachable knowledge through ties, and the chance a search finds a partner. */
  gic(partners: readonly PartnerId[], pastMatches: number): GicView;
  /** Step 5: the same spillover, absorbed with or without training and own R&D. */
  absorb(training: boolean, ownRnd: boolean): AbsorbView;
  /** Step 6: the same spending on licensing or on own R&D. */
  illusion(spend: number): IllusionView;
}

export interface SmilePoint {
  readonly x: number;
  readonly stage: StageId;
  readonly margin: number;
  readonly stageShare: number;
}

export interface LockInView {
  readonly risk: number;
  readonly lockedIn: boolean;
  readonly capturedShare: number;
}

export interface GicView {
  readonly reachable: number;
  readonly matchChance: number;
}

export interface AbsorbView {
  readonly spillover: number;
  readonly capacity: number;
  readonly absorbed: number;
}

export interface IllusionPath {
  readonly efficiencyGain: number;
  readonly ownKnowledge: number;
  readonly dependence: number;
}

export interface IllusionView {
  readonly licensing: IllusionPath;
  readonly ownRnd: IllusionPath;
}

/** Tie strength the lesson gives each chosen partner (a tie built over a couple of years). */
export const LESSON_TIE = 0.5;
/** Search effort per partner type in the lesson, million CNY. */
export const LESSON_EFFORT = 2;
/** Training stock and own-knowledge stock the lesson's "with" toggles add. */
export const LESSON_TRAINING = 40;
export const LESSON_RND_KNOWLEDGE = 60;
/** Partners whose spillover step 5 holds fixed. */
export const LESSON_SPILLOVER_PARTNERS: readonly PartnerId[] = ['university', 'mncRnd'];

export function learnModel(d: Domain): LearnModel {
  const scenario = d.getScenario(d.DEFAULT_SCENARIO_ID);
  if (!scenario) throw new Error(`No default scenario ${d.DEFAULT_SCENARIO_ID}`);
  const curve = scenario.smileCurve;
  const firm = scenario.firm;
  const eco = scenario.ecosystem;
  const weights = d.stageWeights(0, curve);

  const nearest = (x: number): number => {
    let best = 0;
    d.STAGE_IDS.forEach((s, i) => {
      const bestStage = d.STAGE_IDS[best] ?? s;
      if (Math.abs(curve.positions[s] - x) < Math.abs(curve.positions[bestStage] - x)) best = i;
    });
    return best;
  };
  const ties = (partners: readonly PartnerId[]): number[] =>
    d.PARTNER_IDS.map((p) => (partners.includes(p) ? LESSON_TIE : 0));
  const reachable = (partners: readonly PartnerId[]): number =>
    d.reachableKnowledge(ties(partners), scenario.partnerPools, eco, 0);
  const regionalIp = eco.regionalIp;
  const startGamma = d.absorptiveCapacity(firm.knowledge, firm.training, false);

  return {
    scenario,
    smile: (x) => {
      const i = nearest(x);
      return {
        x,
        stage: d.STAGE_IDS[i] ?? 'assembly',
        margin: d.stageMargin(x, 0, curve),
        stageShare: weights[i] ?? 0,
      };
    },
    curve: (samples) =>
      Array.from({ length: samples + 1 }, (_, i) => {
        const x = i / samples;
        return [x, d.stageMargin(x, 0, curve)] as const;
      }),
    lockIn: (pureOemYears, mode) => {
      const risk = d.lockInRisk({
        pureOemYears,
        knowledge: firm.knowledge,
        dependence: d.foreignDependence(firm.licensed, firm.knowledge, firm.coreTech),
        buyerConcentration: firm.buyerConcentration,
        mode,
      });
      const caps = d.stageCapabilities({
        mode,
        knowledge: firm.knowledge,
        coreTech: firm.coreTech,
        design: firm.design,
        brand: firm.brand,
        digitalPhase: 0,
      });
      return {
        risk,
        lockedIn: d.nextLockedIn(false, risk),
        capturedShare: d.capturedShare(weights, caps),
      };
    },
    gic: (partners, pastMatches) => ({
      reachable: reachable(partners),
      matchChance: d.matchProbability(LESSON_EFFORT, pastMatches, d.partnerWillingness(regionalIp)),
    }),
    absorb: (training, ownRnd) => {
      const spillover = reachable(LESSON_SPILLOVER_PARTNERS);
      const capacity = d.absorptiveCapacity(
        firm.knowledge + (ownRnd ? LESSON_RND_KNOWLEDGE : 0),
        firm.training + (training ? LESSON_TRAINING : 0),
        false,
      );
      return { spillover, capacity, absorbed: capacity * spillover };
    },
    illusion: (spend) => {
      const created = d.knowledgeProduced(spend, firm.knowledge);
      return {
        licensing: {
          efficiencyGain:
            d.licenceEfficiencyGain(firm.licensed + spend) - d.licenceEfficiencyGain(firm.licensed),
          ownKnowledge: d.licenceLearning(spend, startGamma),
          dependence: d.foreignDependence(firm.licensed + spend, firm.knowledge, firm.coreTech),
        },
        ownRnd: {
          efficiencyGain: 0,
          ownKnowledge: created,
          dependence: d.foreignDependence(firm.licensed, firm.knowledge + created, firm.coreTech),
        },
      };
    },
  };
}
