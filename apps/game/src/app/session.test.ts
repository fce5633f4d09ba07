import { strategies } from '@smile-curve/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDomain } from '../domain-runtime.js';
import { GameSession, type GameSetup } from './session.js';

const setup: GameSetup = {
  runId: 'run-0001-test',
  scenarioId: 'foshan-appliances',
  seed: 42,
  daily: null,
};

describe('GameSession', () => {
  beforeAll(async () => {
    await loadDomain();
  });

  function played(years: number): GameSession {
    const started = GameSession.start(setup);
    if (!started.ok) throw new Error(started.error.message);
    for (let i = 0; i < years; i++) {
      const r = started.session.decide(strategies.balancedGic(started.session.state));
      if (!r.ok) throw new Error(r.error.message);
    }
    return started.session;
  }

  it('restores the same state from the decisions alone', () => {
    const session = played(4);
    const restored = GameSession.restore(
      setup,
      JSON.parse(JSON.stringify(session.decisions)) as unknown[],
    );
    expect(restored.ok && restored.session.state).toEqual(session.state);
    expect(restored.ok && restored.session.reports.length).toBe(4);
    expect(restored.ok && restored.session.history).toEqual(session.history);
  });

  it('refuses a decision without changing anything', () => {
    const session = played(1);
    const before = session.state;
    const r = session.decide({
      ...strategies.oemForever(session.state),
      spend: { process: 999_999 },
    });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe('decision/over_budget');
    expect(session.state).toBe(before);
    expect(session.decisions.length).toBe(1);
  });

  it('fails a restore at the first refused decision, naming its year', () => {
    const two = played(2);
    const second = two.decisions[1];
    const r = GameSession.restore(setup, [
      two.decisions[0],
      { ...second, spend: { process: 999_999 } },
    ]);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.year).toBe(two.initial.year + 1);
    expect(!r.ok && r.error.code).toBe('decision/over_budget');
  });

  it('replays the state before any turn', () => {
    const session = played(3);
    expect(session.stateBefore(0)).toEqual(session.initial);
    expect(session.stateBefore(3)).toEqual(session.state);
    expect(session.stateBefore(2).turn).toBe(2);
  });

  it('saves setup and decisions, not the state', () => {
    const save = played(2).toSave();
    expect(save).toEqual({ v: 1, ...setup, decisions: expect.any(Array) as unknown });
    expect(save.decisions.length).toBe(2);
  });
});
