import { randomUUID } from 'node:crypto';
import { DEFAULT_SCENARIO_ID, globalBoard } from '@smile-curve/domain';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SEED, startWorld, type BadInputWorld } from './helpers/bad-input-world.js';
import { expectCode } from './helpers/errors.js';
import { botGame } from './helpers/games.js';
import { forEachDatabase } from './helpers/server.js';

/**
 * A cheating client: it claims its own score, plays another seed's log,
 * edits a year, reuses a runId for different content, or resubmits after the
 * teacher removed it. Not one such submission may be accepted, and the
 * boards and tables must not change.
 */

interface Forgery {
  name: string;
  code: string;
  call: (w: BadInputWorld) => Promise<unknown>;
}

const FORGERIES: Forgery[] = [
  {
    name: 'a client-side score',
    code: 'BAD_REQUEST',
    call: (w) => w.globalRun({ score: 9_999_999 }),
  },
  {
    name: 'a client-side breakdown and rank',
    code: 'BAD_REQUEST',
    call: (w) => w.submit({ breakdown: { total: 9_999_999 }, rank: 1 }),
  },
  {
    name: 'a log from another seed (global)',
    code: 'BAD_REQUEST',
    call: (w) => w.globalRun({ seed: SEED + 7 }),
  },
  {
    name: "another seed's finished log on the class seed",
    code: 'BAD_REQUEST',
    call: (w) =>
      w.submit({ decisions: botGame('balancedGic', DEFAULT_SCENARIO_ID, SEED + 7).decisions }),
  },
  {
    name: 'a year edited to spend more than the cash',
    code: 'BAD_REQUEST',
    call: (w) => w.submit({ decisions: w.overBudget() }),
  },
  {
    name: 'a year edited to carry a year number of its own',
    code: 'BAD_REQUEST',
    call: (w) =>
      w.submit({ decisions: w.game.decisions.map((d, i) => (i === 2 ? { ...d, year: 2030 } : d)) }),
  },
  {
    name: 'a year edited to spend on a lever that does not exist',
    code: 'BAD_REQUEST',
    call: (w) =>
      w.submit({
        decisions: w.game.decisions.map((d, i) =>
          i === 5 ? { ...d, spend: { ...d.spend, cheat: 1 } } : d,
        ),
      }),
  },
  {
    name: 'a year edited out (one year short)',
    code: 'BAD_REQUEST',
    call: (w) => w.submit({ decisions: w.game.decisions.slice(1) }),
  },
  {
    name: 'an extra year appended past the end',
    code: 'BAD_REQUEST',
    call: (w) => w.submit({ decisions: [...w.game.decisions, w.game.decisions[0]] }),
  },
  {
    name: 'a stored runId replayed with another nickname',
    code: 'CONFLICT',
    call: (w) => w.globalRun({ runId: w.storedRunId, nickname: 'Impostor' }),
  },
  {
    name: 'a stored runId replayed on another board',
    code: 'CONFLICT',
    call: (w) => w.submit({ runId: w.storedRunId }),
  },
  {
    name: 'a stored runId replayed with another (valid) game',
    code: 'CONFLICT',
    call: (w) => {
      const other = botGame('brandFirst', DEFAULT_SCENARIO_ID, SEED);
      return w.globalRun({ runId: w.storedRunId, decisions: other.decisions });
    },
  },
  {
    name: "a run under another class's player token",
    code: 'FORBIDDEN',
    call: (w) => w.submit({ playerToken: w.closedToken }),
  },
];

forEachDatabase('forged and tampered submissions: 0 accepted', (dialect) => {
  let world: BadInputWorld | undefined;
  let removedToken = '';
  const w = () => {
    if (!world) throw new Error('world not started');
    return world;
  };
  const boardSizes = async () => {
    const api = w().api;
    const global = await api.leaderboards.top.query({ board: globalBoard(DEFAULT_SCENARIO_ID) });
    const room = await api.leaderboards.top.query({
      board: w().open.board,
      teacherKey: w().open.teacherKey,
    });
    return [global.boardSize, room.boardSize];
  };

  beforeAll(async () => {
    world = await startWorld(dialect);
    const mei = await world.join('Mei');
    await world.submit({ playerToken: mei.playerToken });
    await world.api.classrooms.removePlayer.mutate({
      code: world.open.code,
      teacherKey: world.open.teacherKey,
      playerId: mei.playerId,
    });
    removedToken = mei.playerToken;
  });
  afterAll(async () => {
    await world?.server.close();
  });

  const cases: Forgery[] = [
    ...FORGERIES,
    {
      name: 'a removed player resubmitting',
      code: 'FORBIDDEN',
      call: (wd) => wd.submit({ playerToken: removedToken }),
    },
    {
      name: 'a removed player rejoining with the old token',
      code: 'FORBIDDEN',
      call: (wd) =>
        wd.api.classrooms.join.mutate({
          code: wd.open.code,
          nickname: 'Mei',
          playerToken: removedToken,
        }),
    },
  ];

  it.each(cases)('$name → $code, nothing stored', async ({ call, code }) => {
    const rows = await w().server.countRows();
    const boards = await boardSizes();
    await expectCode(call(w()), code);
    expect(await w().server.countRows()).toEqual(rows);
    expect(await boardSizes()).toEqual(boards);
  });

  it('stores the score its own replay gives, never one the client believes', async () => {
    const runId = randomUUID();
    const answer = await w().submit({ runId });
    expect(answer.score).toBe(w().game.expected.total);
    expect((await w().api.runs.get.query({ runId })).score).toBe(w().game.expected.total);
    // The same content again is a harmless retry: the same answer, no second row.
    const rows = await w().server.countRows();
    await expect(w().submit({ runId })).resolves.toMatchObject({ runId, score: answer.score });
    expect(await w().server.countRows()).toEqual(rows);
  });
});
