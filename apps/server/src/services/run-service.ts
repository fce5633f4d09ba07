import { createHash } from 'node:crypto';
import {
  ENGINE_VERSION,
  classroomBoard,
  dailyBoard,
  dailySeed,
  encodeDecisionLog,
  globalBoard,
  indicators,
  replay,
  type Decision,
} from '@smile-curve/domain';
import { fail } from '../errors.js';
import type { Classroom, Run } from '../storage/index.js';
import { isClosed, requireClassroom, requirePlayer } from './classroom-access.js';
import { isOpenDailyDate } from './daily.js';
import { isForeignKeyViolation } from './database-errors.js';
import type { Deps } from './deps.js';
import {
  storedBreakdown,
  storedDecisions,
  storedIndicators,
  storedTrajectory,
} from './stored-run.js';
import { encodeTrajectory } from './trajectory-codec.js';

/** Submitting a finished game: the server replays it and stores what the replay says. */

interface SubmitCommon {
  runId: string;
  scenarioId: string;
  seed: number;
  decisions: unknown[];
}
export type SubmitInput = SubmitCommon &
  (
    | { board: 'global'; nickname?: string | undefined }
    | { board: 'daily'; date: string; nickname?: string | undefined }
    | { board: 'classroom'; classroomCode: string; playerToken: string }
  );

/** Where a run goes and under whose name. */
interface Target {
  board: string;
  playerId: string | null;
  nickname: string;
  classroom: Classroom | null;
}

export const ANONYMOUS = 'Anonymous';

async function resolveTarget(deps: Deps, input: SubmitInput): Promise<Target> {
  switch (input.board) {
    case 'global':
      return {
        board: globalBoard(input.scenarioId),
        playerId: null,
        nickname: input.nickname ?? ANONYMOUS,
        classroom: null,
      };
    case 'daily': {
      if (!isOpenDailyDate(input.date, deps.now())) {
        fail(
          'BAD_REQUEST',
          `The daily challenge of ${input.date} is not open (today or yesterday, UTC).`,
        );
      }
      if (input.seed !== dailySeed(input.date, input.scenarioId)) {
        fail('BAD_REQUEST', `That seed is not the daily challenge of ${input.date}.`);
      }
      return {
        board: dailyBoard(input.date, input.scenarioId),
        playerId: null,
        nickname: input.nickname ?? ANONYMOUS,
        classroom: null,
      };
    }
    case 'classroom': {
      const classroom = await requireClassroom(deps.repository, input.classroomCode);
      const player = await requirePlayer(deps.repository, classroom, input.playerToken);
      if (input.scenarioId !== classroom.scenarioId || input.seed !== classroom.seed) {
        fail('BAD_REQUEST', "The run's scenario and seed are not the class's.");
      }
      return {
        board: classroomBoard(classroom.code),
        playerId: player.id,
        nickname: player.nickname,
        classroom,
      };
    }
  }
}

/** Identifies a submission's content: a retry hashes the same, a different run does not. */
function contentHash(input: SubmitInput, target: Target): string {
  const content = [target.board, input.scenarioId, input.seed, target.playerId, target.nickname];
  return createHash('sha256')
    .update(JSON.stringify([...content, input.decisions]))
    .digest('hex');
}

export interface SubmitResult {
  runId: string;
  score: number;
  breakdown: ReturnType<typeof storedBreakdown>;
  /** Null only when the run no longer shows on its board (its player was removed). */
  rank: number | null;
  boardSize: number;
}

/** The answer to a submit of a stored run: the run, its rank and the board's size. */
async function answer(deps: Deps, run: Run): Promise<SubmitResult> {
  return answerWith(deps, run, await deps.repository.rankOf(run.board, run.runId));
}

/** The answer with its place known (null: the run does not show on its board). */
async function answerWith(
  deps: Deps,
  run: Run,
  place: { rank: number; boardSize: number } | null,
): Promise<SubmitResult> {
  return {
    runId: run.runId,
    score: run.score,
    breakdown: storedBreakdown(run.breakdown),
    rank: place?.rank ?? null,
    boardSize: place?.boardSize ?? (await deps.repository.boardSize(run.board)),
  };
}

export async function submitRun(deps: Deps, input: SubmitInput): Promise<SubmitResult> {
  const target = await resolveTarget(deps, input);
  const hash = contentHash(input, target);
  if (target.classroom && isClosed(target.classroom, deps.now())) {
    // A retry (same runId, same content) still gets its stored answer after the class closed.
    const existing = await deps.repository.getRun(input.runId);
    if (existing) return retried(deps, existing, hash);
    fail('PRECONDITION_FAILED', 'This class is closed: no more runs are accepted.');
  }
  const result = replay({
    scenarioId: input.scenarioId,
    seed: input.seed,
    decisions: input.decisions,
  });
  if (!result.ok) {
    const where = result.year === null ? '' : ` (year ${result.year})`;
    fail('BAD_REQUEST', `The game does not replay${where}: ${result.error.message}`, {
      domainCode: result.error.code,
      year: result.year,
      domainPath: [...(result.error.path ?? [])],
    });
  }
  // No lookup first: the insert itself finds a retry (same runId) and says
  // whether it holds the same content.
  const stored = await deps.repository
    .insertRun({
      runId: input.runId,
      board: target.board,
      scenarioId: input.scenarioId,
      seed: input.seed,
      engineVersion: ENGINE_VERSION,
      // The replay accepted every entry, so the log holds decisions: stored compact.
      decisions: encodeDecisionLog(input.decisions as Decision[]),
      contentHash: hash,
      playerId: target.playerId,
      nickname: target.nickname,
      score: result.score.total,
      breakdown: result.score,
      finalIndicators: indicators(result.state),
      trajectory: encodeTrajectory(result.history),
      status: result.state.status,
    })
    .catch((error: unknown) => {
      // The player's class was deleted between the check above and this insert.
      if (isForeignKeyViolation(error)) fail('NOT_FOUND', 'This class no longer exists.');
      throw error;
    });
  if (stored.conflict) fail('CONFLICT', 'Another run was stored under this runId.');
  const { run } = stored;
  if (!stored.created) return answer(deps, run); // a retry, or a concurrent one stored it first
  deps.events.publish({
    kind: 'run',
    board: run.board,
    seq: run.seq,
    run: {
      runId: run.runId,
      nickname: run.nickname,
      score: run.score,
      createdAt: run.createdAt,
      seq: run.seq,
    },
  });
  // Ranked after the commit, not inside the insert's transaction: on PostgreSQL
  // one more statement there held a pooled connection (and the histogram
  // rows' locks) longer, and 200 concurrent submits to one board then timed
  // out waiting for the pool on the loaded machine.
  const place = stored.visible ? await deps.repository.rankAt(run.board, run.score, run.seq) : null;
  return answerWith(deps, run, place);
}

/** A runId already stored: its answer when the content is the same, else a conflict. */
function retried(deps: Deps, existing: Run, hash: string): Promise<SubmitResult> {
  if (existing.contentHash !== hash) fail('CONFLICT', 'Another run was stored under this runId.');
  return answer(deps, existing);
}

/** A stored run in full: enough to replay it in a browser and compare. */
export async function getRun(deps: Deps, runId: string) {
  const run = await deps.repository.getRun(runId);
  // A removed player's runs leave every board, and their record with them.
  if (!run || run.playerRemoved) fail('NOT_FOUND', 'No run with this id.');
  return {
    runId: run.runId,
    board: run.board,
    scenarioId: run.scenarioId,
    seed: run.seed,
    engineVersion: run.engineVersion,
    decisions: storedDecisions(run.decisions),
    nickname: run.nickname,
    status: run.status,
    score: run.score,
    breakdown: storedBreakdown(run.breakdown),
    finalIndicators: storedIndicators(run.finalIndicators),
    trajectory: storedTrajectory(run.trajectory),
    createdAt: run.createdAt,
    seq: run.seq,
  };
}
