import type { Decision, Indicators, Mode } from '@smile-curve/domain';

/**
 * The class debrief, computed from the stored runs of a classroom: where every
 * firm went on the smile curve, how the scores spread, how many ended locked
 * in / reached ODM / OBM / went bankrupt, and which decisions separate the top
 * third of the class from the bottom third. Pure: the same runs give the same
 * debrief, so the teacher's screen and its tests agree.
 */

/** One student's best run, as the dashboard and `runs.get` return it. */
export interface ClassRun {
  readonly playerId: string;
  readonly nickname: string;
  readonly score: number;
  readonly status: string;
  /** Indicators after every played year. */
  readonly trajectory: readonly Indicators[];
  /** The run's decisions (one per played year); empty when they could not be fetched. */
  readonly decisions: readonly Decision[];
}

export interface TrajectoryPoint {
  readonly year: number;
  /** Position along the curve, 0 (R&D) … 1 (brand & services). */
  readonly position: number;
  /** Captured value-added share, 0–1 (the curve's height). */
  readonly share: number;
  readonly mode: Mode;
}

export interface Trajectory {
  readonly playerId: string;
  readonly nickname: string;
  readonly score: number;
  readonly points: readonly TrajectoryPoint[];
  readonly finalMode: Mode | null;
  readonly bankrupt: boolean;
  readonly lockedIn: boolean;
}

export interface ScoreSpread {
  readonly count: number;
  readonly min: number;
  readonly median: number;
  readonly max: number;
  /** Equal-width bins from min to max (the last bin includes max). */
  readonly bins: readonly { readonly from: number; readonly to: number; readonly count: number }[];
}

export interface OutcomeCounts {
  readonly lockedIn: number;
  readonly reachedOdm: number;
  readonly reachedObm: number;
  readonly bankrupt: number;
}

/** A lever whose share of spending differs most between the top and bottom thirds. */
export interface Separator {
  readonly lever: string;
  /** Mean share of the year's spending on this lever, top third and bottom third (0–1). */
  readonly top: number;
  readonly bottom: number;
  /** top − bottom, in shares. */
  readonly gap: number;
}

export interface ClassDebrief {
  readonly trajectories: readonly Trajectory[];
  readonly spread: ScoreSpread;
  readonly counts: OutcomeCounts;
  readonly separators: readonly Separator[];
  /** How many runs the top and bottom thirds hold (0 when the class is too small). */
  readonly thirdSize: number;
}

const MIN_RUNS_FOR_THIRDS = 3;
const MAX_SEPARATORS = 3;
/** A gap below one percentage point of spending is noise, not a lesson. */
const MIN_GAP = 0.01;

function trajectoryOf(run: ClassRun): Trajectory {
  const points = run.trajectory.map((row) => ({
    year: row.year,
    position: row.smilePosition,
    share: row.valueAddedShare,
    mode: row.mode,
  }));
  const last = run.trajectory[run.trajectory.length - 1];
  return {
    playerId: run.playerId,
    nickname: run.nickname,
    score: run.score,
    points,
    finalMode: last?.mode ?? null,
    bankrupt: run.status === 'bankrupt',
    lockedIn: last?.lockedIn ?? false,
  };
}

function median(sorted: readonly number[]): number {
  if (sorted.length === 0) return 0;
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] ?? 0) + hi) / 2;
}

/** Min, median, max and an equal-width histogram of the scores. */
export function scoreSpread(scores: readonly number[], binCount = 5): ScoreSpread {
  const sorted = [...scores].sort((a, b) => a - b);
  const min = sorted[0] ?? 0;
  const max = sorted[sorted.length - 1] ?? 0;
  const n = sorted.length === 0 ? 0 : max === min ? 1 : binCount;
  const width = n === 0 ? 0 : (max - min) / n;
  const bins = Array.from({ length: n }, (_, i) => ({
    from: min + width * i,
    to: i === n - 1 ? max : min + width * (i + 1),
    count: 0,
  }));
  for (const s of sorted) {
    const i = width === 0 ? 0 : Math.min(n - 1, Math.floor((s - min) / width));
    const bin = bins[i];
    if (bin) bin.count += 1;
  }
  return { count: sorted.length, min, median: median(sorted), max, bins };
}

/** Counts over the whole game: a mode reached in any year counts (ODM includes firms that went on to OBM). */
export function outcomeCounts(runs: readonly ClassRun[]): OutcomeCounts {
  let lockedIn = 0;
  let reachedOdm = 0;
  let reachedObm = 0;
  let bankrupt = 0;
  for (const run of runs) {
    const modes = new Set(run.trajectory.map((row) => row.mode));
    if (run.trajectory[run.trajectory.length - 1]?.lockedIn === true) lockedIn += 1;
    if (modes.has('ODM') || modes.has('OBM')) reachedOdm += 1;
    if (modes.has('OBM')) reachedObm += 1;
    if (run.status === 'bankrupt') bankrupt += 1;
  }
  return { lockedIn, reachedOdm, reachedObm, bankrupt };
}

/** Mean share of each lever in a run's total spending (0 when nothing was spent). */
function spendShares(decisions: readonly Decision[], levers: readonly string[]): number[] {
  const totals = levers.map(() => 0);
  let all = 0;
  for (const decision of decisions) {
    const spend = new Map(Object.entries(decision.spend));
    levers.forEach((lever, i) => {
      const amount = spend.get(lever) ?? 0;
      totals[i] = (totals[i] ?? 0) + amount;
      all += amount;
    });
  }
  return totals.map((total) => (all > 0 ? total / all : 0));
}

function meanShares(runs: readonly ClassRun[], levers: readonly string[]): number[] {
  const sums = levers.map(() => 0);
  for (const run of runs) {
    spendShares(run.decisions, levers).forEach((share, i) => {
      sums[i] = (sums[i] ?? 0) + share;
    });
  }
  return sums.map((sum) => (runs.length > 0 ? sum / runs.length : 0));
}

/**
 * The levers whose share of spending differs most between the top third and
 * the bottom third of the class by score (ties broken by lever order), at most
 * three, each gap at least one percentage point. Runs without decisions are left out.
 */
export function separatingDecisions(
  runs: readonly ClassRun[],
  levers: readonly string[],
): { separators: Separator[]; thirdSize: number } {
  const played = runs.filter((run) => run.decisions.length > 0);
  if (played.length < MIN_RUNS_FOR_THIRDS) return { separators: [], thirdSize: 0 };
  const ranked = [...played].sort(
    (a, b) => b.score - a.score || a.nickname.localeCompare(b.nickname),
  );
  const thirdSize = Math.floor(ranked.length / 3);
  const top = meanShares(ranked.slice(0, thirdSize), levers);
  const bottom = meanShares(ranked.slice(ranked.length - thirdSize), levers);
  const separators = levers
    .map((lever, i) => {
      const t = top[i] ?? 0;
      const b = bottom[i] ?? 0;
      return { lever, top: t, bottom: b, gap: t - b, order: i };
    })
    .filter((s) => Math.abs(s.gap) >= MIN_GAP)
    .sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap) || a.order - b.order)
    .slice(0, MAX_SEPARATORS)
    .map(({ lever, top: t, bottom: b, gap }) => ({ lever, top: t, bottom: b, gap }));
  return { separators, thirdSize };
}

/** The whole class debrief. `levers` is the domain's LEVER_IDS. */
export function classDebrief(runs: readonly ClassRun[], levers: readonly string[]): ClassDebrief {
  const { separators, thirdSize } = separatingDecisions(runs, levers);
  return {
    trajectories: runs.map(trajectoryOf),
    spread: scoreSpread(runs.map((run) => run.score)),
    counts: outcomeCounts(runs),
    separators,
    thirdSize,
  };
}
