import { afterAll, describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase } from '../../src/storage/index.js';
import { queryTemplate } from '../../src/storage/query-template.js';

describe('queryTemplate', () => {
  const database = openDatabase(':memory:');
  afterAll(() => database.close());

  it('builds once per dialect, then binds each run’s values into their slots', async () => {
    await migrateToLatest(database);
    await database.db
      .insertInto('board_scores')
      .values([
        { board: 'a', score: 1, runs: 10 },
        { board: 'a', score: 5, runs: 20 },
        { board: 'b', score: 5, runs: 40 },
      ])
      .execute();
    let builds = 0;
    const above = queryTemplate<{ board: string; score: number }, { runs: number }>((db, slot) => {
      builds++;
      return db
        .selectFrom('board_scores')
        .select('runs')
        .where('board', '=', slot('board'))
        .where('score', '>', slot('score'))
        .where('runs', '<', 1000) // a constant stays a constant
        .orderBy('score');
    });
    const runs = async (board: string, score: number) =>
      (await above.run(database.db, 'sqlite', { board, score })).map((row) => row.runs);
    expect(await runs('a', 0)).toEqual([10, 20]);
    expect(await runs('a', 1)).toEqual([20]);
    expect(await runs('b', 0)).toEqual([40]);
    expect(await runs('c', 0)).toEqual([]);
    expect(builds).toBe(1);
    const compiled = above.compiled(database.db, 'sqlite', { board: 'a', score: 3 });
    expect(compiled.parameters).toEqual(['a', 3, 1000]);
  });
});
