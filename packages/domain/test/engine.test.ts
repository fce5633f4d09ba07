import { describe, expect, it } from 'vitest';
import {
  decide,
  ENGINE_VERSION,
  getEvent,
  indicators,
  listScenarios,
  newGame,
  playGame,
  replay,
  score,
  strategies,
  type Decision,
  type GameState,
} from '../src/index.js';
import { deepFreeze, start } from './helpers.js';

const SCENARIO = 'dongguan-electronics';

/** A state whose pending events have been answered with their first option. */
function answersFor(state: GameState): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const id of state.pending) {
    const first = getEvent(id)?.options[0];
    if (first) answers[id] = first.id;
  }
  return answers;
}

function modest(state: GameState): Decision {
  return { spend: { process: 2, appliedRnd: 2 }, answers: answersFor(state) };
}

describe('newGame', () => {
  it('starts every shipped scenario as plain JSON with a baseline year', () => {
    for (const s of listScenarios()) {
      const state = start(s.id, 5);
      expect(state.engineVersion).toBe(ENGINE_VERSION);
      expect(state.year).toBe(s.startYear);
      expect(state.status).toBe('playing');
      expect(state.last?.year).toBe(s.startYear - 1);
      expect(JSON.parse(JSON.stringify(state))).toEqual(state);
      expect(indicators(state).mode).toBe(s.firm.mode);
    }
  });

  it('refuses an unknown scenario and a bad seed with codes', () => {
    expect(newGame({ scenarioId: 'atlantis', seed: 1 })).toMatchObject({
      ok: false,
      error: { code: 'scenario/unknown' },
    });
    for (const seed of [-1, 1.5, 2 ** 32, Number.NaN]) {
      expect(newGame({ scenarioId: SCENARIO, seed })).toMatchObject({
        ok: false,
        error: { code: 'input/invalid', path: ['seed'] },
      });
    }
  });
});

describe('decide', () => {
  it('advances one year and reports lines that each name a mechanism', () => {
    const state = start();
    const result = decide(state, modest(state));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.state.year).toBe(state.year + 1);
    expect(result.state.turn).toBe(1);
    expect(result.report.year).toBe(state.year);
    expect(result.report.lines.length).toBeGreaterThan(3);
    for (const line of result.report.lines) expect(line.mechanism).toMatch(/^[a-zA-Z]+$/);
    expect(result.report.lines.map((l) => l.mechanism)).toContain('gvcEmbedding');
  });

  it('never mutates the state or the decision it is given', () => {
    const state = deepFreeze(start());
    const decision = deepFreeze(modest(state));
    const before = JSON.stringify(state);
    const result = decide(state, decision);
    expect(result.ok).toBe(true);
    expect(JSON.stringify(state)).toBe(before);
  });

  it.each<[string, (s: GameState) => unknown, string, (string | number)[]?]>([
    [
      'an unknown lever',
      (s) => ({ spend: { bribery: 1 }, answers: answersFor(s) }),
      'decision/unknown_lever',
      ['spend', 'bribery'],
    ],
    [
      'a negative amount',
      (s) => ({ spend: { process: -1 }, answers: answersFor(s) }),
      'input/invalid',
      ['spend', 'process'],
    ],
    [
      'a fractional amount',
      (s) => ({ spend: { process: 1.5 }, answers: answersFor(s) }),
      'input/invalid',
      ['spend', 'process'],
    ],
    [
      'a score slipped in',
      (s) => ({ spend: {}, answers: answersFor(s), score: 9999 }),
      'input/invalid',
      ['score'],
    ],
    ['no spend at all', () => ({}), 'input/invalid', ['spend']],
    ['not an object', () => 'all in', 'input/invalid', []],
    [
      'more than the cash',
      (s) => ({ spend: { appliedRnd: 10_000 }, answers: answersFor(s) }),
      'decision/over_budget',
      ['spend'],
    ],
    [
      'an unknown partner',
      (s) => ({ spend: {}, partners: ['aliens'], answers: answersFor(s) }),
      'input/invalid',
      ['partners', 0],
    ],
    [
      'an answer to an event not drawn',
      (s) => ({ spend: {}, answers: { ...answersFor(s), 'no-such-event': 'x' } }),
      'decision/unknown_event',
      ['answers', 'no-such-event'],
    ],
    [
      'borrowing beyond the limit',
      (s) => ({ spend: {}, answers: answersFor(s), borrow: 100_000 }),
      'decision/over_credit_limit',
      ['borrow'],
    ],
    [
      'repaying more than owed',
      (s) => ({ spend: {}, answers: answersFor(s), repay: 5 }),
      'decision/over_repay',
      ['repay'],
    ],
  ])('refuses %s with a specific code and changes nothing', (_name, make, code, path) => {
    const state = deepFreeze(start());
    const result = decide(state, make(state));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      if (path) expect(result.error.path).toEqual(path);
      expect(result.error.message.length).toBeGreaterThan(5);
    }
  });

  it('asks for an answer to every event card with options, and refuses an unknown option', () => {
    // 2009 always brings the financial crisis card in the default scenario.
    const first = start();
    const y1 = decide(first, modest(first));
    if (!y1.ok) throw new Error(y1.error.message);
    const state = y1.state;
    expect(state.pending).toContain('financial-crisis');
    const missing = decide(state, { spend: {} });
    expect(missing).toMatchObject({ ok: false, error: { code: 'decision/missing_event_answer' } });
    const answers = { ...answersFor(state), 'financial-crisis': 'print-money' };
    expect(decide(state, { spend: {}, answers })).toMatchObject({
      ok: false,
      error: { code: 'decision/unknown_option', path: ['answers', 'financial-crisis'] },
    });
  });

  it('charges the chosen option to the budget', () => {
    const first = start();
    const y1 = decide(first, modest(first));
    if (!y1.ok) throw new Error(y1.error.message);
    const state = y1.state;
    const cash = Math.floor(state.firm.cash);
    // keep-engineers costs 6: spending all the cash on top of it is over budget.
    const answers = { ...answersFor(state), 'financial-crisis': 'keep-engineers' };
    expect(decide(state, { spend: { process: cash }, answers })).toMatchObject({
      ok: false,
      error: { code: 'decision/over_budget' },
    });
    expect(decide(state, { spend: { process: cash - 6 }, answers }).ok).toBe(true);
  });

  it('refuses any decision once the game is over', () => {
    const { state } = playGame({ scenarioId: SCENARIO, seed: 2 }, strategies.oemForever);
    expect(state.status).not.toBe('playing');
    expect(decide(state, { spend: {} })).toMatchObject({ ok: false, error: { code: 'game/over' } });
  });

  it('refuses to continue a game saved by another engine version', () => {
    const state = { ...start(), engineVersion: '0.0.0-old' };
    expect(decide(state, modest(state))).toMatchObject({
      ok: false,
      error: { code: 'scenario/version_mismatch' },
    });
  });

  it('ends the game after the scenario years, finished', () => {
    const { state, decisions } = playGame(
      { scenarioId: SCENARIO, seed: 3 },
      strategies.balancedGic,
    );
    expect(state.status).toBe('finished');
    expect(decisions).toHaveLength(20);
    expect(state.trail).toHaveLength(21);
  });
});

describe('replay: the server verifier', () => {
  it('reproduces a played game exactly, with its score and a history per year', () => {
    const played = playGame({ scenarioId: SCENARIO, seed: 11 }, strategies.balancedGic);
    const result = replay({ scenarioId: SCENARIO, seed: 11, decisions: played.decisions });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.state).toEqual(played.state);
    expect(JSON.stringify(result.state)).toBe(JSON.stringify(played.state));
    expect(result.score).toEqual(score(played.state));
    expect(result.history).toHaveLength(played.decisions.length);
    expect(Number.isInteger(result.score.total)).toBe(true);
  });

  it('hands out results that later replays never touch (the lean path reuses its year buffers)', () => {
    const a = playGame({ scenarioId: SCENARIO, seed: 21 }, strategies.balancedGic);
    const b = playGame({ scenarioId: SCENARIO, seed: 22 }, strategies.brandFirst);
    const first = replay({ scenarioId: SCENARIO, seed: 21, decisions: a.decisions });
    if (!first.ok) throw new Error(first.error.message);
    const snapshot = JSON.stringify(first);
    const second = replay({ scenarioId: SCENARIO, seed: 22, decisions: b.decisions });
    if (!second.ok) throw new Error(second.error.message);
    expect(JSON.stringify(first)).toBe(snapshot);
    expect(JSON.stringify(second.state)).toBe(JSON.stringify(b.state));
    expect(second.state.firm).not.toBe(first.state.firm);
    expect(second.state.firm.ties).not.toBe(first.state.firm.ties);
    expect(second.state.firm.ecosystem).not.toBe(first.state.firm.ecosystem);
    expect(second.state.last).not.toBe(first.state.last);
    // The verifier builds no year reports; `explain` asks for them.
    expect(first.reports).toEqual([]);
  });

  it('gives the same reports as play when asked to explain', () => {
    const played = playGame({ scenarioId: SCENARIO, seed: 4 }, strategies.balancedGic);
    const result = replay({
      scenarioId: SCENARIO,
      seed: 4,
      decisions: played.decisions,
      explain: true,
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.reports).toEqual(played.reports);
  });

  it('rejects a tampered log with the right code and year', () => {
    const played = playGame({ scenarioId: SCENARIO, seed: 12 }, strategies.balancedGic);
    const d = played.decisions;
    const startYear = 2008;

    const overBudget = structuredClone(d);
    overBudget[5] = { ...overBudget[5], spend: { appliedRnd: 1_000_000 } };
    expect(replay({ scenarioId: SCENARIO, seed: 12, decisions: overBudget })).toMatchObject({
      ok: false,
      error: { code: 'decision/over_budget', path: ['decisions', 5, 'spend'] },
      year: startYear + 5,
    });

    const unknownLever = structuredClone(d);
    unknownLever[2] = { ...unknownLever[2], spend: { ...unknownLever[2]?.spend, magic: 1 } };
    expect(replay({ scenarioId: SCENARIO, seed: 12, decisions: unknownLever })).toMatchObject({
      ok: false,
      error: { code: 'decision/unknown_lever' },
      year: startYear + 2,
    });

    expect(replay({ scenarioId: SCENARIO, seed: 12, decisions: d.slice(0, -1) })).toMatchObject({
      ok: false,
      error: { code: 'game/unfinished' },
    });
    expect(replay({ scenarioId: SCENARIO, seed: 12, decisions: [...d, d[0]] })).toMatchObject({
      ok: false,
      error: { code: 'game/over', path: ['decisions', 20] },
    });
  });

  it('changes the outcome when one lever of one year is changed', () => {
    const played = playGame({ scenarioId: SCENARIO, seed: 13 }, strategies.balancedGic);
    const edited = structuredClone(played.decisions);
    const spend = edited[3]?.spend ?? {};
    spend.process = (spend.process ?? 0) + 1;
    const result = replay({ scenarioId: SCENARIO, seed: 13, decisions: edited });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.state).not.toEqual(played.state);
  });

  it('fails a log from another seed when its event answers no longer fit', () => {
    // Seeds draw different event cards, so a log rarely replays on another seed.
    let failures = 0;
    for (let seed = 100; seed < 120; seed++) {
      const played = playGame({ scenarioId: SCENARIO, seed }, strategies.balancedGic);
      const other = replay({
        scenarioId: SCENARIO,
        seed: seed + 1000,
        decisions: played.decisions,
      });
      if (!other.ok || other.score.total !== score(played.state).total) failures++;
    }
    expect(failures).toBe(20);
  });

  it('refuses logs that are not logs', () => {
    for (const decisions of [null, 'x', {}, Array.from({ length: 41 }, () => ({ spend: {} }))]) {
      expect(replay({ scenarioId: SCENARIO, seed: 1, decisions })).toMatchObject({
        ok: false,
        error: { code: 'input/invalid' },
        year: null,
      });
    }
    expect(
      replay({ scenarioId: SCENARIO, seed: 1, decisions: [{ spend: { process: 'lots' } }] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'input/invalid', path: ['decisions', 0, 'spend', 'process'] },
    });
  });
});

describe('determinism', () => {
  it('replays random valid logs over 50 seeds to the identical state', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const played = playGame({ scenarioId: SCENARIO, seed }, strategies.random(seed * 7919));
      const again = replay({
        scenarioId: SCENARIO,
        seed,
        decisions: JSON.parse(JSON.stringify(played.decisions)),
      });
      if (!again.ok) throw new Error(`${seed}: ${again.error.code} ${again.error.message}`);
      expect(JSON.stringify(again.state)).toBe(JSON.stringify(played.state));
    }
  });

  it('continues identically from a state that went through JSON (a saved game)', () => {
    const s0 = start(SCENARIO, 21);
    const a = decide(s0, modest(s0));
    if (!a.ok) throw new Error(a.error.message);
    const revived = JSON.parse(JSON.stringify(a.state)) as GameState;
    const next1 = decide(a.state, modest(a.state));
    const next2 = decide(revived, modest(revived));
    expect(next2).toEqual(next1);
  });
});
