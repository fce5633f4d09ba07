import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DIGITAL_PHASES,
  indicatorsOf,
  listScenarios,
  playGame,
  replay,
  strategies,
  type Indicators,
} from '../src/index.js';
import { expectAllFinite } from './helpers.js';

const scenarioIds = listScenarios().map((s) => s.id);

/** Documented ranges of the indicators (see README "Indicators"). */
function expectInRange(ind: Indicators): void {
  const unit = [
    'valueAddedShare',
    'smilePosition',
    'domesticValueAddedShare',
    'gicEmbedding',
    'tieScore',
    'foreignKnowledgeShare',
    'absorptiveCapacity',
    'foreignTechDependence',
    'lockInRisk',
  ] as const;
  for (const key of unit) {
    expect(ind[key], key).toBeGreaterThanOrEqual(0);
    expect(ind[key], key).toBeLessThanOrEqual(1);
  }
  expect(ind.rdIntensity).toBeGreaterThanOrEqual(0);
  expect(ind.upstreamness).toBeGreaterThanOrEqual(1);
  expect(ind.upstreamness).toBeLessThanOrEqual(3.6);
  expect(ind.gvcParticipation).toBeGreaterThanOrEqual(0);
  expect(ind.gvcPosition).toBeGreaterThanOrEqual(-Math.log(2));
  expect(ind.gvcPosition).toBeLessThanOrEqual(Math.log(2));
  expect(ind.knowledge).toBeGreaterThanOrEqual(0);
  expect(ind.patents).toBeGreaterThanOrEqual(0);
  expect(Number.isInteger(ind.patents)).toBe(true);
  expect(ind.efficiency).toBeGreaterThan(0);
  expect(DIGITAL_PHASES).toContain(ind.digitalPhase);
}

describe('invariants over random players (fast-check)', () => {
  it('hold for every year of every game', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...scenarioIds),
        fc.integer({ min: 0, max: 0xffff_ffff }),
        fc.integer({ min: 0, max: 0xffff_ffff }),
        (scenarioId, seed, botSeed) => {
          const game = playGame({ scenarioId, seed }, strategies.random(botSeed));
          // No NaN or Infinity anywhere in the final state.
          expectAllFinite(game.state);
          // The state survives JSON unchanged (saves, the wire).
          expect(JSON.parse(JSON.stringify(game.state))).toEqual(game.state);

          let cash = listScenarios().find((s) => s.id === scenarioId)?.firm.cash ?? 0;
          let phase = 0;
          for (const [i, report] of game.reports.entries()) {
            const o = report.outcome;
            const d = game.decisions[i];
            expectAllFinite(o);
            // Cash accounting identity: every yuan in or out is on a line.
            const importedParts = o.foreignValue - o.royalties;
            const flows =
              o.revenue -
              importedParts -
              o.labourCost -
              o.overhead -
              o.royalties -
              o.interest -
              o.spend +
              o.eventCash -
              o.tax +
              (d?.borrow ?? 0) -
              (d?.repay ?? 0);
            const after = report.cash;
            expect(after - cash).toBeCloseTo(flows, 6);
            expect(o.netProfit).toBeCloseTo(flows - (d?.borrow ?? 0) + (d?.repay ?? 0), 6);
            cash = after;
            // Digital transformation: one phase a year at most, never backwards.
            const ind = indicatorsOf(game.state.firm, o);
            expect(ind.year).toBe(o.year);
            const now = report.lines.find((l) => l.key === 'digital.phase')?.values.phase ?? phase;
            expect(now - phase === 0 || now - phase === 1).toBe(true);
            phase = now;
          }
          expect(cash).toBe(game.state.firm.cash);
          // Every year's indicators stay in their documented ranges.
          const replayed = replay({ scenarioId, seed, decisions: game.decisions });
          if (!replayed.ok) throw new Error(replayed.error.message);
          for (const ind of replayed.history) expectInRange(ind);
        },
      ),
      { numRuns: 60 },
    );
  });
});
