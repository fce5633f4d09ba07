import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCENARIO_ID,
  getEvent,
  getScenario,
  listScenarios,
  playGame,
  randomStrategy,
  ScenarioSchema,
  strategies,
  ARCHETYPES,
} from '../src/index.js';

describe('scenarios', () => {
  it('ships at least three valid, versioned scenarios, the default first', () => {
    const all = listScenarios();
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(all[0]?.id).toBe(DEFAULT_SCENARIO_ID);
    for (const s of all) {
      expect(ScenarioSchema.parse(s)).toEqual(s);
      expect(s.version).toBeGreaterThanOrEqual(1);
      expect(s.title.en.length).toBeGreaterThan(0);
      expect(s.title.zh.length).toBeGreaterThan(0);
      for (const e of s.events) expect(getEvent(e.eventId), e.eventId).toBeDefined();
      for (const b of s.benchmarks) expect(b.source.length).toBeGreaterThan(3);
    }
  });

  it('carries the paper’s R&D benchmarks for 2017', () => {
    const b = Object.fromEntries(
      (getScenario(DEFAULT_SCENARIO_ID)?.benchmarks ?? []).map((x) => [x.id, x.value]),
    );
    expect(b).toMatchObject({
      'guangdong-2017': 0.0261,
      'japan-2017': 0.0314,
      'germany-2017': 0.0293,
      'usa-2017': 0.0274,
    });
  });

  it('returns undefined for an unknown id', () => {
    expect(getScenario('nope')).toBeUndefined();
  });

  it('rejects a scenario with a bad field, naming it', () => {
    const bad = { ...getScenario(DEFAULT_SCENARIO_ID), years: 1 };
    const result = ScenarioSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['years']);
  });

  it('every bot makes valid decisions in every scenario', () => {
    for (const s of listScenarios()) {
      for (let seed = 1; seed <= 5; seed++) {
        for (const name of ARCHETYPES) {
          expect(() => playGame({ scenarioId: s.id, seed }, strategies[name])).not.toThrow();
        }
        expect(() => playGame({ scenarioId: s.id, seed }, randomStrategy(seed))).not.toThrow();
      }
    }
  });

  it('gives every event a title, a story and options in English and Chinese', () => {
    for (const s of listScenarios()) {
      for (const { eventId } of s.events) {
        const e = getEvent(eventId);
        expect(e?.title.zh).toMatch(/\S/);
        expect(e?.story.en).toMatch(/\S/);
        for (const o of e?.options ?? []) expect(o.label.zh).toMatch(/\S/);
      }
    }
  });
});
