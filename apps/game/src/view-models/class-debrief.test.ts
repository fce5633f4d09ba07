import {
  ARCHETYPES,
  LEVER_IDS,
  replay,
  playGame,
  strategies,
  type Indicators,
} from '@smile-curve/domain';
import { describe, expect, it } from 'vitest';
import { classDebrief, scoreSpread, separatingDecisions, type ClassRun } from './class-debrief.js';

const SCENARIO = 'foshan-appliances';
const SEED = 11;

/** A class of bots on one scenario and seed, scored and replayed by the domain as the server does. */
function classOfBots(): ClassRun[] {
  return ARCHETYPES.map((name, i) => {
    const played = playGame({ scenarioId: SCENARIO, seed: SEED }, strategies[name]);
    const replayed = replay({ scenarioId: SCENARIO, seed: SEED, decisions: played.decisions });
    if (!replayed.ok) throw new Error(`${name} does not replay`);
    return {
      playerId: `p${i}`,
      nickname: name,
      score: replayed.score.total,
      status: replayed.state.status,
      trajectory: replayed.history,
      decisions: played.decisions,
    };
  });
}

describe('class debrief', () => {
  it('puts every run on the curve with its final mode and counts the outcomes from the runs', () => {
    const runs = classOfBots();
    const debrief = classDebrief(runs, LEVER_IDS);
    expect(debrief.trajectories).toHaveLength(runs.length);
    for (const [i, tr] of debrief.trajectories.entries()) {
      const run = runs[i];
      expect(tr.points.map((p) => p.year)).toEqual(run?.trajectory.map((row) => row.year));
      expect(tr.finalMode).toBe(run?.trajectory.at(-1)?.mode);
    }
    const modesOf = (run: ClassRun) => new Set(run.trajectory.map((row) => row.mode));
    expect(debrief.counts).toEqual({
      lockedIn: runs.filter((r) => r.trajectory.at(-1)?.lockedIn === true).length,
      reachedOdm: runs.filter((r) => modesOf(r).has('ODM') || modesOf(r).has('OBM')).length,
      reachedObm: runs.filter((r) => modesOf(r).has('OBM')).length,
      bankrupt: runs.filter((r) => r.status === 'bankrupt').length,
    });
    // The archetypes differ: someone stays OEM for ever, someone climbs.
    expect(debrief.counts.reachedOdm).toBeGreaterThan(0);
    expect(debrief.counts.reachedOdm).toBeLessThan(runs.length);
  });

  it('finds the levers that separate the top third from the bottom third, biggest gap first', () => {
    const runs = classOfBots();
    const { separators, thirdSize } = separatingDecisions(runs, LEVER_IDS);
    expect(thirdSize).toBe(2);
    expect(separators.length).toBeGreaterThan(0);
    expect(separators.length).toBeLessThanOrEqual(3);
    const gaps = separators.map((s) => Math.abs(s.gap));
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
    for (const s of separators) {
      expect(s.gap).toBeCloseTo(s.top - s.bottom, 12);
      expect(Math.abs(s.gap)).toBeGreaterThanOrEqual(0.01);
    }
    // The same runs in another order give the same answer.
    expect(separatingDecisions([...runs].reverse(), LEVER_IDS).separators).toEqual(separators);
  });

  it('computes the gap as the mean share of spending in each third', () => {
    const row = { year: 2008, mode: 'OEM', lockedIn: false } as Indicators;
    const run = (name: string, score: number, spend: Record<string, number>): ClassRun => ({
      playerId: name,
      nickname: name,
      score,
      status: 'finished',
      trajectory: [row],
      decisions: [{ spend }],
    });
    const { separators } = separatingDecisions(
      [
        run('a', 90, { training: 3, process: 1 }),
        run('b', 50, { training: 1, process: 1 }),
        run('c', 10, { process: 4 }),
      ],
      ['process', 'training'],
    );
    expect(separators).toEqual([
      { lever: 'process', top: 0.25, bottom: 1, gap: -0.75 },
      { lever: 'training', top: 0.75, bottom: 0, gap: 0.75 },
    ]);
  });

  it('says nothing about thirds below three runs', () => {
    expect(separatingDecisions(classOfBots().slice(0, 2), LEVER_IDS)).toEqual({
      separators: [],
      thirdSize: 0,
    });
  });

  it('spreads scores over equal bins that hold every score', () => {
    const spread = scoreSpread([10, 20, 20, 35, 60, 100]);
    expect(spread).toMatchObject({ count: 6, min: 10, median: 27.5, max: 100 });
    expect(spread.bins.map((b) => b.count)).toEqual([3, 1, 1, 0, 1]);
    expect(spread.bins.at(-1)?.to).toBe(100);
    expect(scoreSpread([7, 7]).bins).toEqual([{ from: 7, to: 7, count: 2 }]);
    expect(scoreSpread([]).bins).toEqual([]);
  });
});
