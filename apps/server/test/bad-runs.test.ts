import { DEFAULT_SCENARIO_ID, dailySeed } from '@smile-curve/domain';
import { expect } from 'vitest';
import { SEED, describeBadInputs } from './helpers/bad-input-world.js';

describeBadInputs('bad runs are refused with their code and write nothing', (w) => [
  {
    name: 'a seed of the wrong type',
    code: 'BAD_REQUEST',
    call: () => w().submit({ seed: 'abc' }),
    check: (data) => {
      expect(w().issuePaths(data)).toContain('seed');
    },
  },
  {
    name: 'missing decisions',
    code: 'BAD_REQUEST',
    call: () => w().submit({ decisions: undefined }),
    check: (data) => {
      expect(w().issuePaths(data)).toContain('decisions');
    },
  },
  {
    name: 'a runId that is no UUID',
    code: 'BAD_REQUEST',
    call: () => w().submit({ runId: 'run-1' }),
  },
  {
    name: 'a 10 MB string',
    code: 'PAYLOAD_TOO_LARGE',
    call: () => w().globalRun({ nickname: 'x'.repeat(10 * 1024 * 1024) }),
    check: (data) => {
      expect(data?.httpStatus).toBe(413);
    },
  },
  {
    name: '10,000 decisions',
    code: 'BAD_REQUEST',
    call: () => w().submit({ decisions: Array.from({ length: 10_000 }, () => ({})) }),
    check: (data) => {
      expect(w().issuePaths(data)).toContain('decisions');
    },
  },
  {
    name: 'a decision nested deeper than any decision can be',
    code: 'BAD_REQUEST',
    call: () => {
      let deep: unknown = 1;
      for (let level = 0; level < 12; level++) deep = { x: deep };
      return w().submit({ decisions: [...w().game.decisions.slice(0, 2), deep] });
    },
    check: (data) => {
      expect(w().issuePaths(data)).toContain('decisions.2');
    },
  },
  {
    name: 'an unknown scenario',
    code: 'BAD_REQUEST',
    call: () => w().globalRun({ scenarioId: 'atlantis' }),
    check: (data) => {
      expect(data?.domainCode).toBe('scenario/unknown');
    },
  },
  { name: 'a negative seed', code: 'BAD_REQUEST', call: () => w().globalRun({ seed: -1 }) },
  { name: 'a huge seed', code: 'BAD_REQUEST', call: () => w().globalRun({ seed: 2 ** 40 }) },
  { name: 'a fractional seed', code: 'BAD_REQUEST', call: () => w().globalRun({ seed: 1.5 }) },
  {
    name: 'a score slipped into the input',
    code: 'BAD_REQUEST',
    call: () => w().submit({ score: 999_999 }),
    check: (data) => {
      expect(JSON.stringify(data?.zodIssues)).toContain('score');
    },
  },
  {
    name: 'decisions that overspend a year',
    code: 'BAD_REQUEST',
    call: () => w().submit({ decisions: w().overBudget() }),
    check: (data) => {
      expect(data?.domainCode).toBe('decision/over_budget');
      expect(data?.year).toBe(2011);
      expect(data?.domainPath).toEqual(expect.arrayContaining(['decisions', 3]));
    },
  },
  {
    name: 'a log from another seed',
    code: 'BAD_REQUEST',
    call: () => w().globalRun({ seed: SEED + 1 }),
    check: (data) => {
      expect(String(data?.domainCode)).toMatch(/^decision\//);
      expect(typeof data?.year).toBe('number');
    },
  },
  {
    name: 'an unfinished game',
    code: 'BAD_REQUEST',
    call: () => w().submit({ decisions: w().game.decisions.slice(0, 5) }),
    check: (data) => {
      expect(data?.domainCode).toBe('game/unfinished');
    },
  },
  {
    name: 'a decision that is not an object',
    code: 'BAD_REQUEST',
    call: () => w().submit({ decisions: [42] }),
    check: (data) => {
      expect(data?.domainCode).toBe('input/invalid');
    },
  },
  {
    name: 'a duplicate runId with different content',
    code: 'CONFLICT',
    call: () => w().globalRun({ runId: w().storedRunId, nickname: 'Someone Else' }),
  },
  {
    name: "a classroom run on another seed than the class's",
    code: 'BAD_REQUEST',
    call: () => w().submit({ seed: SEED + 1 }),
  },
  {
    name: "a classroom run with a stranger's token",
    code: 'FORBIDDEN',
    call: () => w().submit({ playerToken: 'not-a-real-token-at-all' }),
  },
  {
    name: 'a classroom run without a token',
    code: 'BAD_REQUEST',
    call: () => w().submit({ playerToken: undefined }),
  },
  {
    name: 'a run for an unknown class',
    code: 'NOT_FOUND',
    call: () => w().submit({ classroomCode: 'ZZZZZZ' }),
  },
  {
    name: "a daily run whose seed is not the day's",
    code: 'BAD_REQUEST',
    call: () => w().globalRun({ board: 'daily', date: w().today() }),
  },
  {
    name: 'a daily run of last week',
    code: 'BAD_REQUEST',
    call: () => {
      const date = new Date(w().server.clock.now - 7 * 86_400_000).toISOString().slice(0, 10);
      return w().globalRun({ board: 'daily', date, seed: dailySeed(date, DEFAULT_SCENARIO_ID) });
    },
  },
  {
    name: 'a daily run without a date',
    code: 'BAD_REQUEST',
    call: () => w().globalRun({ board: 'daily' }),
  },
]);
