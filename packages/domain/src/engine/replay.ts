import { MAX_LOG_LENGTH, parseDecisionFields } from '../schemas/parse-decision.js';
import { domainError, type DomainError } from './errors.js';
import { startRun } from './game.js';
import { advance, advanceLean, closeRun } from './run.js';
import { checkDecision } from './validate.js';
import { planOf, type Plan } from './plan.js';
import { copyFirm, copyOutcome, yearBuffers, type YearBuffers } from './buffers.js';
import { indicatorsOf, type Indicators } from './indicators.js';
import { score, type ScoreBreakdown } from './score.js';
import type { GameState, YearOutcome } from './state.js';
import type { YearReport } from './report.js';

export interface ReplayInput {
  readonly scenarioId: string;
  readonly seed: number;
  readonly decisions: unknown;
  /** Build each year's explanation lines too (the game's debrief); the verifier does not need them. */
  readonly explain?: boolean;
}

export type ReplayResult =
  | {
      ok: true;
      state: GameState;
      score: ScoreBreakdown;
      /** Indicators after every played year, in order. */
      history: Indicators[];
      /** Each year's report with its explanation lines, only with `explain` (empty otherwise). */
      reports: YearReport[];
    }
  | { ok: false; error: DomainError; year: number | null };

/**
 * The lean replay's year buffers, made once: replay is synchronous and never
 * re-entered, and every value in them is overwritten before it is read.
 */
let buffers: YearBuffers | undefined;

/**
 * Replays a whole game from its decisions: the server's verifier. The log
 * must finish the game (every year decided, or bankruptcy) with no decision
 * left over; the first refused decision fails the replay with its year.
 */
export function replay(input: ReplayInput): ReplayResult {
  const started = startRun({ scenarioId: input.scenarioId, seed: input.seed });
  if (!started.ok) return { ok: false, error: started.error, year: null };
  if (!Array.isArray(input.decisions) || input.decisions.length > MAX_LOG_LENGTH) {
    return {
      ok: false,
      error: domainError(
        'input/invalid',
        `decisions: expected an array of at most ${MAX_LOG_LENGTH}`,
        ['decisions'],
      ),
      year: null,
    };
  }
  const raw = input.decisions as unknown[];
  const log: Plan[] = new Array<Plan>(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const parsed = parseDecisionFields(raw[i]);
    if (!parsed.ok) {
      const path = ['decisions', i, ...parsed.path];
      return {
        ok: false,
        error: domainError('input/invalid', `${path.join('.')}: ${parsed.message}`, path),
        year: null,
      };
    }
    log[i] = planOf(parsed.value);
  }
  // One working copy for the whole game: no GameState is built until the end.
  const { run, scenario } = started;
  const history: Indicators[] = [];
  const reports: YearReport[] = [];
  const explain = input.explain ?? false;
  // The log was parsed as a whole above, so each year needs only the state checks.
  for (let i = 0; i < log.length; i++) {
    const checked = checkDecision(run, scenario, log[i] as Plan);
    if (!checked.ok) {
      const path = ['decisions', i, ...(checked.error.path ?? [])];
      return { ok: false, error: { ...checked.error, path }, year: run.year };
    }
    if (explain) reports.push(advance(run, scenario, checked.value, true));
    else advanceLean(run, scenario, checked.value, (buffers ??= yearBuffers(run.firm)));
    history.push(indicatorsOf(run.firm, run.last as YearOutcome));
  }
  if (run.status === 'playing') {
    return {
      ok: false,
      error: domainError(
        'game/unfinished',
        `The log stops before the end of the game (${run.year}).`,
        ['decisions'],
      ),
      year: run.year,
    };
  }
  // Nothing shared leaves the engine (year buffers, the scenario's starting firm and its
  // partner list): the state gets fresh copies, with the same keys in the same order.
  run.firm = copyFirm(run.firm);
  run.last = copyOutcome(run.last as YearOutcome);
  const state = closeRun(started.header, run);
  return { ok: true, state, score: score(state), history, reports };
}
