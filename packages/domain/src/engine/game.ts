import { round } from '../math/det-math.js';
import { MAX_SEED, Rng } from '../prng/prng.js';
import { getScenario } from '../scenarios/index.js';
import type { Scenario } from '../schemas/scenario.js';
import { domainError, type DomainError } from './errors.js';
import { combineEffects, drawEvents } from './events.js';
import { createGame } from './new-game.js';
import { constantsOf } from './scenario-constants.js';
import { operate, QUIET_YEAR } from './operate.js';
import { explainYear, newMilestones, type YearReport } from './report.js';
import type { GameState } from './state.js';
import { stepYear } from './step-year.js';
import { validateDecision, type ValidDecision } from './validate.js';
import { ENGINE_VERSION } from '../version.js';

export type NewGameResult = { ok: true; state: GameState } | { ok: false; error: DomainError };

function scenarioOf(
  id: string,
): { ok: true; scenario: Scenario } | { ok: false; error: DomainError } {
  const scenario = getScenario(id);
  return scenario
    ? { ok: true, scenario }
    : {
        ok: false,
        error: domainError('scenario/unknown', `Unknown scenario "${id}".`, ['scenarioId']),
      };
}

function validSeed(seed: unknown): seed is number {
  return typeof seed === 'number' && Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED;
}

/**
 * Starts a game. The state includes a baseline outcome for the year before the
 * first decision, so indicators exist from the start.
 */
export function newGame(input: { scenarioId: string; seed: number }): NewGameResult {
  const sc = scenarioOf(input.scenarioId);
  if (!sc.ok) return sc;
  if (!validSeed(input.seed)) {
    return {
      ok: false,
      error: domainError('input/invalid', `seed must be an integer in [0, ${MAX_SEED}].`, ['seed']),
    };
  }
  const scenario = sc.scenario;
  const game = createGame(scenario, input.seed);
  const firm = game.firm;
  const baseline = operate(firm, scenario, 0, scenario.startYear - 1, QUIET_YEAR);
  return {
    ok: true,
    state: {
      ...game,
      last: baseline,
      trail: [
        {
          year: baseline.year,
          position: round(baseline.smilePosition, 4),
          valueAddedShare: round(baseline.valueAddedShare, 4),
          mode: firm.mode,
        },
      ],
    },
  };
}

export type DecideResult =
  { ok: true; state: GameState; report: YearReport } | { ok: false; error: DomainError };

/** Plays one year. Pure: never mutates `state`; a refused decision changes nothing. */
export function decide(state: GameState, decisionInput: unknown): DecideResult {
  const sc = scenarioOf(state.scenarioId);
  if (!sc.ok) return sc;
  const scenario = sc.scenario;
  const compatible = checkVersions(state, scenario);
  if (!compatible.ok) return compatible;
  const valid = validateDecision(state, scenario, decisionInput);
  if (!valid.ok) return valid;
  return applyDecision(state, scenario, valid.value, true);
}

/** A saved game can only continue on the engine and scenario version that made it. */
export function checkVersions(
  state: GameState,
  scenario: Scenario,
): { ok: true } | { ok: false; error: DomainError } {
  if (state.engineVersion !== ENGINE_VERSION || state.scenarioVersion !== scenario.version) {
    return {
      ok: false,
      error: domainError(
        'scenario/version_mismatch',
        `This game was made by engine ${state.engineVersion} / scenario v${state.scenarioVersion}; this is ${ENGINE_VERSION} / v${scenario.version}.`,
      ),
    };
  }
  return { ok: true };
}

/**
 * Applies a checked decision. `explain` builds the year report's lines; the
 * server's verifier skips them because it only needs the numbers.
 */
export function applyDecision(
  state: GameState,
  scenario: Scenario,
  valid: ValidDecision,
  explain: boolean,
): { ok: true; state: GameState; report: YearReport } {
  const { decision, spend } = valid;
  const answers = decision.answers ?? {};
  const effect = combineEffects(state.pending, answers);

  const rng = new Rng(state.prng);
  const step = stepYear(state.firm, scenario, state.turn, state.year, decision, spend, effect, rng);
  const firm = step.firm;
  const outcome = step.outcome;
  const bankrupt = firm.cash < 0;
  const turn = state.turn + 1;
  const finished = !bankrupt && turn >= scenario.years;
  const status = bankrupt ? 'bankrupt' : finished ? 'finished' : 'playing';
  const year = state.year + 1;
  const milestones = newMilestones(
    state.firm,
    firm,
    outcome,
    state.milestones,
    constantsOf(scenario).guangdongRnd,
  );
  const fired =
    state.pending.length === 0
      ? state.fired
      : [...state.fired, ...state.pending.filter((e) => !state.fired.includes(e))];
  const pending = status === 'playing' ? drawEvents(scenario, year, fired, rng) : [];

  const report: YearReport = {
    year: state.year,
    events: state.pending.map((eventId) => ({ eventId, optionId: answers[eventId] ?? null })),
    lines: explain ? explainYear(state.firm, state.last, step, spend, effect, scenario) : [],
    milestones,
    outcome,
    cash: firm.cash,
    debt: firm.debt,
  };
  return {
    ok: true,
    report,
    // Every field written out (no spread): this runs for every replayed year.
    state: {
      engineVersion: state.engineVersion,
      scenarioId: state.scenarioId,
      scenarioVersion: state.scenarioVersion,
      seed: state.seed,
      turn,
      year,
      status,
      prng: rng.state(),
      firm,
      pending,
      fired,
      last: outcome,
      trail: [
        ...state.trail,
        {
          year: state.year,
          position: round(outcome.smilePosition, 4),
          valueAddedShare: round(outcome.valueAddedShare, 4),
          mode: firm.mode,
        },
      ],
      milestones: [...state.milestones, ...milestones],
      totals: {
        profit: state.totals.profit + outcome.netProfit,
        valueAdded: state.totals.valueAdded + outcome.valueAdded,
      },
    },
  };
}
