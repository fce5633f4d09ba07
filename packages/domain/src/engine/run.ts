import { round } from '../math/det-math.js';
import { Rng } from '../prng/prng.js';
import type { Scenario } from '../schemas/scenario.js';
import { drawEvents } from './events.js';
import { includesId } from './lists.js';
import {
  addMilestones,
  explainYear,
  newMilestones,
  type MilestoneId,
  type YearReport,
} from './report.js';
import { constantsOf } from './scenario-constants.js';
import type { FirmState, GameState, GameStatus, TrailPoint, YearOutcome } from './state.js';
import { stepYear } from './step-year.js';
import type { ValidDecision } from './validate.js';
import type { YearBuffers } from './buffers.js';

/**
 * A game in progress as one mutable working copy, private to the engine:
 * `decide` opens one for a single year, `replay` keeps one for the whole game
 * and turns it into a GameState once at the end, instead of building (and
 * copying the trail of) a full state every year. Both go through `advance`,
 * so they compute exactly the same numbers.
 */
export interface Run {
  turn: number;
  year: number;
  status: GameStatus;
  readonly rng: Rng;
  firm: FirmState;
  pending: readonly string[];
  readonly fired: string[];
  last: YearOutcome | null;
  readonly trail: TrailPoint[];
  readonly milestones: MilestoneId[];
  profit: number;
  valueAdded: number;
}

/** Opens a working copy of `state` (its arrays are copied: the state itself is never touched). */
export function openRun(state: GameState): Run {
  return {
    turn: state.turn,
    year: state.year,
    status: state.status,
    rng: new Rng(state.prng),
    firm: state.firm,
    pending: state.pending,
    fired: state.fired.slice(),
    last: state.last,
    trail: state.trail.slice(),
    milestones: state.milestones.slice(),
    profit: state.totals.profit,
    valueAdded: state.totals.valueAdded,
  };
}

/**
 * The GameState a run has reached (`header` supplies the fields a run never
 * changes). The state takes over the run's arrays: advance a closed run no more.
 */
export function closeRun(
  header: Pick<GameState, 'engineVersion' | 'scenarioId' | 'scenarioVersion' | 'seed'>,
  run: Run,
): GameState {
  return {
    engineVersion: header.engineVersion,
    scenarioId: header.scenarioId,
    scenarioVersion: header.scenarioVersion,
    seed: header.seed,
    turn: run.turn,
    year: run.year,
    status: run.status,
    prng: run.rng.state(),
    firm: run.firm,
    pending: run.pending,
    fired: run.fired,
    last: run.last,
    trail: run.trail,
    milestones: run.milestones,
    totals: { profit: run.profit, valueAdded: run.valueAdded },
  };
}

/**
 * Plays one checked decision on the run. `explain` builds the year report's
 * lines; the server's verifier skips them because it only needs the numbers.
 */
export function advance(
  run: Run,
  scenario: Scenario,
  valid: ValidDecision,
  explain: boolean,
): YearReport {
  return play(run, scenario, valid, true, explain) as YearReport;
}

/**
 * Plays one checked decision on the run and builds no year report at all: the
 * verifier reads the numbers from the run (`firm`, `last`), which are the
 * same as `advance` leaves.
 */
export function advanceLean(
  run: Run,
  scenario: Scenario,
  valid: ValidDecision,
  buffers: YearBuffers,
): void {
  play(run, scenario, valid, false, false, buffers);
}

function play(
  run: Run,
  scenario: Scenario,
  valid: ValidDecision,
  report: boolean,
  explain: boolean,
  buffers?: YearBuffers,
): YearReport | null {
  const { plan, effect } = valid;
  const answers = plan.answers;
  const pendingNow = run.pending;
  const before = run.firm;
  const lastBefore = run.last;
  // With buffers, write into the firm and outcome the run does not hold now.
  const intoFirm = buffers?.firms[before === buffers.firms[0] ? 1 : 0];
  const intoOutcome = buffers?.outcomes[lastBefore === buffers.outcomes[0] ? 1 : 0];
  const step = stepYear(
    before,
    scenario,
    run.turn,
    run.year,
    valid,
    run.rng,
    intoFirm,
    intoOutcome,
  );
  const firm = step.firm;
  const outcome = step.outcome;
  const bankrupt = firm.cash < 0;
  const turn = run.turn + 1;
  const finished = !bankrupt && turn >= scenario.years;
  const status = bankrupt ? 'bankrupt' : finished ? 'finished' : 'playing';
  const played = run.year;
  const year = played + 1;
  const guangdongRnd = constantsOf(scenario).guangdongRnd;
  // A report lists the year's milestones; a lean year adds them straight to the run's.
  let milestones: MilestoneId[] | null = null;
  if (report) milestones = newMilestones(before, firm, outcome, run.milestones, guangdongRnd);
  else addMilestones(before, firm, outcome, run.milestones, guangdongRnd, run.milestones);
  // Events that happened this year join `fired` before next year's draw.
  const firedBefore = run.fired.length;
  for (const e of pendingNow) if (!includesId(run.fired, e, firedBefore)) run.fired.push(e);
  const events = report
    ? pendingNow.map((eventId) => ({ eventId, optionId: answers[eventId] ?? null }))
    : null;
  run.pending = status === 'playing' ? drawEvents(scenario, year, run.fired, run.rng) : [];

  run.trail.push({
    year: played,
    position: round(outcome.smilePosition, 4),
    valueAddedShare: round(outcome.valueAddedShare, 4),
    mode: firm.mode,
  });
  if (milestones) for (const m of milestones) run.milestones.push(m);
  run.profit = run.profit + outcome.netProfit;
  run.valueAdded = run.valueAdded + outcome.valueAdded;
  run.turn = turn;
  run.year = year;
  run.status = status;
  run.firm = firm;
  run.last = outcome;
  if (!events || !milestones) return null;
  return {
    year: played,
    events,
    lines: explain ? explainYear(before, lastBefore, step, plan.spend, effect, scenario) : [],
    milestones,
    outcome,
    cash: firm.cash,
    debt: firm.debt,
  };
}
