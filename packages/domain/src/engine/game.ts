import { round } from '../math/det-math.js';
import { MAX_SEED } from '../prng/prng.js';
import { getScenario } from '../scenarios/index.js';
import type { Scenario } from '../schemas/scenario.js';
import { domainError, type DomainError } from './errors.js';
import { createGame, initialFirm } from './new-game.js';
import { drawEvents } from './events.js';
import { Rng, seedPrng } from '../prng/prng.js';
import { advance, closeRun, openRun, type Run } from './run.js';
import { operate, QUIET_YEAR } from './operate.js';
import type { YearReport } from './report.js';
import type { FirmState, GameState, YearOutcome } from './state.js';
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

/** The checks every start makes (newGame, startRun): a known scenario and a valid seed. */
function checkStart(input: {
  scenarioId: string;
  seed: number;
}): { ok: true; scenario: Scenario } | { ok: false; error: DomainError } {
  const sc = scenarioOf(input.scenarioId);
  if (!sc.ok) return sc;
  if (!validSeed(input.seed)) {
    return {
      ok: false,
      error: domainError('input/invalid', `seed must be an integer in [0, ${MAX_SEED}].`, ['seed']),
    };
  }
  return sc;
}

/**
 * Starts a game. The state includes a baseline outcome for the year before the
 * first decision, so indicators exist from the start.
 */
export function newGame(input: { scenarioId: string; seed: number }): NewGameResult {
  const start = checkStart(input);
  if (!start.ok) return start;
  const scenario = start.scenario;
  const game = createGame(scenario, input.seed);
  const firm = game.firm;
  const baseline = baselineOf(scenario, firm);
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

const baselines = new WeakMap<Scenario, YearOutcome>();

/**
 * The year before the first decision: the starting firm (the same for every
 * seed) in a quiet year. Worked out once per scenario; each game gets its own copy.
 */
function baselineOf(scenario: Scenario, firm: FirmState): YearOutcome {
  return { ...sharedBaseline(scenario, firm) };
}

/** The baseline year itself, shared: only for runs that read it and never hand it out. */
function sharedBaseline(scenario: Scenario, firm: FirmState): YearOutcome {
  let baseline = baselines.get(scenario);
  if (!baseline) {
    baseline = operate(firm, scenario, 0, scenario.startYear - 1, QUIET_YEAR);
    baselines.set(scenario, baseline);
  }
  return baseline;
}

/** The fields of a game no year changes: what `closeRun` copies from its header. */
export type GameHeader = Pick<
  GameState,
  'engineVersion' | 'scenarioId' | 'scenarioVersion' | 'seed'
>;

const startingFirms = new WeakMap<Scenario, FirmState>();

/**
 * The start of a replay as a working copy: newGame's numbers (the same checks,
 * PRNG draws, firm and baseline year) without building a GameState to copy.
 * The starting firm and the baseline outcome are shared per scenario: a run
 * only reads them, because every played year gets new (or buffered) objects.
 */
export function startRun(input: {
  scenarioId: string;
  seed: number;
}):
  | { ok: true; run: Run; header: GameHeader; scenario: Scenario }
  | { ok: false; error: DomainError } {
  const start = checkStart(input);
  if (!start.ok) return start;
  const scenario = start.scenario;
  let firm = startingFirms.get(scenario);
  if (!firm) {
    firm = initialFirm(scenario);
    startingFirms.set(scenario, firm);
  }
  const rng = new Rng(seedPrng(input.seed));
  const pending = drawEvents(scenario, scenario.startYear, [], rng);
  const baseline = sharedBaseline(scenario, firm);
  const header: GameHeader = {
    engineVersion: ENGINE_VERSION,
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    seed: input.seed,
  };
  const run: Run = {
    turn: 0,
    year: scenario.startYear,
    status: 'playing',
    rng,
    firm,
    pending,
    fired: [],
    last: baseline,
    trail: [
      {
        year: baseline.year,
        position: round(baseline.smilePosition, 4),
        valueAddedShare: round(baseline.valueAddedShare, 4),
        mode: firm.mode,
      },
    ],
    milestones: [],
    profit: 0,
    valueAdded: 0,
  };
  return { ok: true, run, header, scenario };
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
  const run = openRun(state);
  const report = advance(run, scenario, valid, explain);
  return { ok: true, report, state: closeRun(state, run) };
}
