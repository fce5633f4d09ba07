import { getEvent } from '../scenarios/index.js';
import { LEVER_IDS, PARTNER_IDS, type LeverId, type PartnerId } from '../schemas/ids.js';
import type { Decision } from '../schemas/decision.js';
import type { GameState } from '../engine/state.js';
import { nextFloat, nextInt, seedPrng, type PrngState } from '../prng/prng.js';
import { budgetOf } from '../engine/validate.js';

/** A bot: any state in, a valid decision out. */
export type Strategy = (state: GameState) => Decision;

type Weights = Partial<Record<LeverId, number>>;

/** Options a bot prefers when it can afford them; otherwise it takes the cheapest. */
type Temper = 'cautious' | 'engaged';

const ENGAGED_OPTIONS = new Set([
  'keep-engineers',
  'automate',
  'domestic-supplier',
  'second-engineers',
  'join',
  'joint-lab',
  'diversify',
]);

/** Picks an answer for every event card, paying for engaged options only when affordable. */
function answerEvents(
  state: GameState,
  temper: Temper,
  cash: number,
): { answers: Record<string, string>; cost: number } {
  const answers: Record<string, string> = {};
  let cost = 0;
  for (const id of state.pending) {
    const def = getEvent(id);
    if (!def || def.options.length === 0) continue;
    const cheapest = [...def.options].sort((a, b) => a.cost - b.cost)[0];
    const engaged = def.options.find((o) => ENGAGED_OPTIONS.has(o.id));
    const choice =
      temper === 'engaged' && engaged && cost + engaged.cost <= cash * 0.5 ? engaged : cheapest;
    if (!choice) continue;
    answers[id] = choice.id;
    cost += choice.cost;
  }
  return { answers, cost };
}

/** Turns lever weights and a budget into whole-million amounts that never exceed it. */
function allocate(weights: Weights, budget: number): Record<string, number> {
  const total = Object.values(weights).reduce((a, b) => a + b, 0);
  const spend: Record<string, number> = {};
  if (total <= 0 || budget <= 0) return spend;
  for (const lever of LEVER_IDS) {
    const w = weights[lever] ?? 0;
    const amount = Math.floor((budget * w) / total);
    if (amount > 0) spend[lever] = amount;
  }
  return spend;
}

interface Plan {
  /** Share of last year's revenue the bot wants to spend. */
  readonly intensity: number;
  /** Cash kept back as a cushion, as a share of last year's revenue. */
  readonly reserve: number;
  readonly weights: (state: GameState) => Weights;
  readonly temper: Temper;
  readonly partners?: readonly PartnerId[];
  /** Borrow to fund the plan when cash is short (within the bank's limit), repay when flush. */
  readonly borrows?: boolean;
}

function planned(plan: Plan): Strategy {
  return (state) => {
    const revenue = state.last?.revenue ?? 0;
    const wanted = Math.floor(plan.intensity * revenue);
    const reserve = Math.ceil(plan.reserve * revenue);
    let cash = Math.max(0, Math.floor(state.firm.cash));
    let borrow = 0;
    let repay = 0;
    if (plan.borrows) {
      const { credit } = budgetOf(state);
      const shortfall = wanted + reserve - cash;
      if (shortfall > 0) borrow = Math.min(credit, shortfall);
      else if (state.firm.debt > 0 && cash > 2 * (wanted + reserve)) {
        repay = Math.min(Math.floor(state.firm.debt), cash - 2 * (wanted + reserve));
      }
      cash += borrow - repay;
    }
    const events = answerEvents(state, plan.temper, cash);
    const free = Math.max(0, cash - events.cost - reserve);
    const budget = Math.min(free, wanted);
    const decision: Decision = { spend: allocate(plan.weights(state), budget) };
    if (borrow > 0) decision.borrow = borrow;
    if (repay > 0) decision.repay = repay;
    if (Object.keys(events.answers).length > 0) decision.answers = events.answers;
    if (plan.partners && state.turn === 0) decision.partners = [...plan.partners];
    return decision;
  };
}

/** Stays an OEM: spends only on process upgrading, takes the cheap option every time. */
const oemForever = planned({
  intensity: 0.02,
  reserve: 0.02,
  temper: 'cautious',
  weights: () => ({ process: 1 }),
});

/** Buys foreign technology instead of building its own: the illusion of progress. */
const licensingOnly = planned({
  intensity: 0.04,
  reserve: 0.02,
  temper: 'cautious',
  weights: () => ({ licensing: 6, process: 4 }),
});

/** Pours all cash into R&D from year one, ignoring liquidity. */
const allInResearch = planned({
  intensity: 1,
  reserve: 0,
  temper: 'cautious',
  weights: () => ({ appliedRnd: 6, basicResearch: 4 }),
});

/** Builds many global ties but nothing to absorb them with. */
const gicWithoutAbsorption = planned({
  intensity: 0.04,
  reserve: 0.02,
  temper: 'cautious',
  weights: () => ({ ties: 7, process: 3 }),
  partners: ['university', 'mncRnd', 'hkMacao'],
});

/** The same ties and process spending as gicWithoutAbsorption, plus training on top. */
const gicWithTraining = planned({
  intensity: 0.055,
  reserve: 0.02,
  temper: 'cautious',
  weights: () => ({ ties: 7, process: 3, training: 4 }),
  partners: ['university', 'mncRnd', 'hkMacao'],
});

/** Own R&D, absorptive capacity and global ties together, then design and brand. */
const balancedGic = planned({
  borrows: true,
  intensity: 0.06,
  reserve: 0.025,
  temper: 'engaged',
  partners: ['university', 'hkMacao', 'mncRnd'],
  weights: (s) =>
    s.firm.mode === 'OEM'
      ? {
          process: 3,
          appliedRnd: 6,
          basicResearch: 1,
          training: 3,
          ties: 3,
          ipProtection: 1,
          digital: 1,
          designBrand: 3,
        }
      : {
          process: 2,
          appliedRnd: 5,
          basicResearch: 2,
          training: 2,
          ties: 2,
          ipProtection: 1,
          digital: 2,
          designBrand: 6,
        },
});

/** Spends on design and brand before it has the knowledge to back them. */
const brandFirst = planned({
  intensity: 0.05,
  reserve: 0.02,
  temper: 'cautious',
  weights: () => ({ designBrand: 7, process: 3 }),
});

/** A random but valid player, reproducible from its own seed (never the game's PRNG). */
export function randomStrategy(seed: number): Strategy {
  return (state) => {
    let prng: PrngState = seedPrng((seed ^ Math.imul(state.turn + 1, 0x9e3779b1)) >>> 0);
    const draw = (): number => {
      const d = nextFloat(prng);
      prng = d.state;
      return d.value;
    };
    const cash = Math.max(0, Math.floor(state.firm.cash));
    const answers: Record<string, string> = {};
    let cost = 0;
    for (const id of state.pending) {
      const options = getEvent(id)?.options ?? [];
      if (options.length === 0) continue;
      const affordable = options.filter((o) => cost + o.cost <= cash);
      const pool = affordable.length > 0 ? affordable : options;
      const pick = nextInt(prng, 0, pool.length - 1);
      prng = pick.state;
      const choice = pool[pick.value];
      if (!choice) continue;
      answers[id] = choice.id;
      cost += choice.cost;
    }
    const weights: Weights = {};
    for (const lever of LEVER_IDS) weights[lever] = draw() < 0.6 ? draw() : 0;
    const budget = Math.floor(Math.max(0, cash - cost) * draw() * 0.8);
    const decision: Decision = { spend: allocate(weights, budget) };
    if (Object.keys(answers).length > 0) decision.answers = answers;
    if (draw() < 0.3) {
      const first = nextInt(prng, 0, PARTNER_IDS.length - 1);
      prng = first.state;
      decision.partners = [PARTNER_IDS[first.value] ?? 'university'];
    }
    return decision;
  };
}

export const strategies = {
  oemForever,
  licensingOnly,
  allInResearch,
  gicWithoutAbsorption,
  gicWithTraining,
  balancedGic,
  brandFirst,
  random: randomStrategy,
} as const;

/** The archetype bots (all but the random player), by name. */
export const ARCHETYPES = [
  'oemForever',
  'licensingOnly',
  'allInResearch',
  'gicWithoutAbsorption',
  'balancedGic',
  'brandFirst',
] as const;
export type ArchetypeName = (typeof ARCHETYPES)[number];
