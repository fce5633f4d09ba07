import { score, strategies, type Decision } from '@smile-curve/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { GameSession } from '../app/session.js';
import { loadDomain } from '../domain-runtime.js';
import { runCounterfactual, withLever } from './counterfactual.js';

const setup = { runId: 'run-cf-0001', scenarioId: 'foshan-appliances', seed: 42, daily: null };

function modest(state: Parameters<typeof strategies.oemForever>[0]): Decision {
  const base = strategies.oemForever(state);
  return { ...base, spend: { process: 2, appliedRnd: 2, training: 1 } };
}

describe('counterfactual', () => {
  let session: GameSession;
  beforeAll(async () => {
    await loadDomain();
    const started = GameSession.start(setup);
    if (!started.ok) throw new Error('start');
    session = started.session;
    while (!session.over) {
      const r = session.decide(modest(session.state));
      if (!r.ok) throw new Error(r.error.message);
    }
  });

  const input = (turn: number, amount: number, rest: 'mine' | 'balancedGic' = 'mine') => ({
    scenarioId: setup.scenarioId,
    seed: setup.seed,
    decisions: session.decisions,
    before: session.stateBefore(turn),
    turn,
    lever: 'appliedRnd' as const,
    amount,
    rest,
  });

  it('changes one lever of one decision', () => {
    expect(withLever({ spend: { process: 2, appliedRnd: 2 } }, 'appliedRnd', 0)).toEqual({
      spend: { process: 2 },
    });
    expect(withLever({ spend: {} }, 'ties', 5)).toEqual({ spend: { ties: 5 } });
  });

  it('replays the same game when nothing changes', () => {
    const r = runCounterfactual(input(0, 2));
    expect(r.ok && r.state).toEqual(session.state);
    expect(r.ok && r.fallbackYears).toEqual([]);
  });

  it('changes the outcome when an amount changes, with own decisions or a bot', () => {
    const own = runCounterfactual(input(0, 30));
    expect(own.ok).toBe(true);
    if (!own.ok) return;
    expect(own.score.total).not.toBe(score(session.state).total);
    expect(own.state).not.toEqual(session.state);
    expect(own.history.length).toBeGreaterThan(0);
    const bot = runCounterfactual(input(3, 10, 'balancedGic'));
    expect(bot.ok && bot.state.status).not.toBe('playing');
  });

  it('refuses an unaffordable change with the domain error, naming the spending', () => {
    const r = runCounterfactual(input(0, 999_999));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe('decision/over_budget');
  });
});
