import type { Indicators } from '@smile-curve/domain';
import type { Classroom, ClassroomRunDetail } from '../storage/index.js';
import { classroomFacts } from './classroom-access.js';
import { toCsv, type CsvValue } from './csv.js';
import type { Deps } from './deps.js';
import { storedBreakdown, storedIndicators, storedTrajectory } from './stored-run.js';

/** The teacher's view of a classroom: the dashboard and the two CSV exports. */

/** Runs of players still in the class, each with its place on the class board. */
function rankedRuns(runs: readonly ClassroomRunDetail[]) {
  const visible = runs.filter((run) => !run.playerRemoved);
  const order = [...visible].sort((a, b) => b.score - a.score || a.seq - b.seq);
  const rankOf = new Map(order.map((run, index) => [run.runId, index + 1]));
  return visible.map((run) => ({ run, rank: rankOf.get(run.runId) ?? 0 }));
}

export async function classroomDashboard(deps: Deps, classroom: Classroom) {
  const players = await deps.repository.listPlayers(classroom.id);
  const runs = rankedRuns(await deps.repository.listRunDetailsOfClassroom(classroom.id));
  const present = players.filter((player) => !player.removed);
  return {
    classroom: classroomFacts(classroom, deps.now(), present.length),
    boardSize: runs.length,
    players: players.map((player) => {
      const own = runs.filter(({ run }) => run.playerId === player.id);
      return {
        playerId: player.id,
        nickname: player.nickname,
        joinedAt: player.createdAt,
        removed: player.removed,
        progress: deps.progress.of(classroom.id, player.id),
        bestScore: own.reduce<number | null>(
          (best, { run }) => (best === null || run.score > best ? run.score : best),
          null,
        ),
        runs: own.map(({ run, rank }) => ({
          runId: run.runId,
          rank,
          score: run.score,
          status: run.status,
          createdAt: run.createdAt,
          breakdown: storedBreakdown(run.breakdown),
          finalIndicators: storedIndicators(run.finalIndicators),
          trajectory: storedTrajectory(run.trajectory),
        })),
      };
    }),
  };
}

/** Every indicator name, in the order the domain gives them (first seen first). */
function indicatorColumns(rows: Iterable<Indicators>): string[] {
  const names = new Set<string>();
  for (const row of rows) for (const name of Object.keys(row)) names.add(name);
  return [...names];
}

function valuesOf(row: Indicators, columns: readonly string[]): CsvValue[] {
  const record = new Map<string, unknown>(Object.entries(row));
  return columns.map((name) => {
    const value = record.get(name);
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? value
      : null;
  });
}

const BREAKDOWN = ['valueCreated', 'smileCurve', 'gicEmbedding', 'survival'] as const;

/** One row per finished run of a player still in the class: score, breakdown, final indicators. */
export async function runsCsv(deps: Deps, classroom: Classroom): Promise<string> {
  const runs = rankedRuns(await deps.repository.listRunDetailsOfClassroom(classroom.id));
  const finals = runs.map(({ run }) => storedIndicators(run.finalIndicators));
  const columns = indicatorColumns(finals);
  const header = [
    'nickname',
    'runId',
    'submittedAt',
    'status',
    'rank',
    'score',
    ...BREAKDOWN.map((part) => `score_${part}`),
    ...columns.map((name) => `final_${name}`),
  ];
  const rows = runs.map(({ run, rank }, index) => {
    const breakdown = storedBreakdown(run.breakdown);
    const final = finals[index];
    return [
      run.nickname,
      run.runId,
      run.createdAt,
      run.status,
      rank,
      run.score,
      ...BREAKDOWN.map((part) => breakdown[part]),
      ...(final ? valuesOf(final, columns) : []),
    ];
  });
  return toCsv(header, rows);
}

/**
 * One row per player × year of the player's best run (ties: the earlier run),
 * every indicator: a panel for regressions in a spreadsheet or R.
 */
export async function panelCsv(deps: Deps, classroom: Classroom): Promise<string> {
  const runs = rankedRuns(await deps.repository.listRunDetailsOfClassroom(classroom.id));
  const best = new Map<string, ClassroomRunDetail>();
  for (const { run } of runs) {
    const key = run.playerId ?? run.runId;
    const held = best.get(key);
    if (!held || run.score > held.score) best.set(key, run);
  }
  const panel = [...best.values()].map((run) => ({ run, years: storedTrajectory(run.trajectory) }));
  const columns = indicatorColumns(panel.flatMap(({ years }) => years)).filter(
    (name) => name !== 'year',
  );
  const header = ['nickname', 'playerId', 'runId', 'score', 'year', ...columns];
  const rows = panel.flatMap(({ run, years }) =>
    years.map((row) => [
      run.nickname,
      run.playerId,
      run.runId,
      run.score,
      row.year,
      ...valuesOf(row, columns),
    ]),
  );
  return toCsv(header, rows);
}
