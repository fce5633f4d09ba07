import { sql, type Kysely, type Migration } from 'kysely';

/**
 * A histogram of each board's visible runs by score: how many runs have each
 * score. A rank is then a sum over the distinct scores above the run (bounded
 * by the score range, not by the board's size) plus the ties submitted
 * earlier, and a board's size a sum over its scores — instead of counting
 * every run of a 100,000-run board on each request.
 */
export const boardScoresMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('board_scores')
      .addColumn('board', 'text', (col) => col.notNull())
      .addColumn('score', 'integer', (col) => col.notNull())
      .addColumn('runs', 'integer', (col) => col.notNull())
      .addPrimaryKeyConstraint('board_scores_pk', ['board', 'score'])
      .execute();
    // Backfill from the runs already stored (removed players' runs do not count).
    await sql`
      insert into board_scores (board, score, runs)
      select r.board, r.score, count(*)
      from runs r left join players p on p.id = r.player_id
      where r.player_id is null or p.removed = ${sql.lit(false)}
      group by r.board, r.score
    `.execute(db);
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('board_scores').execute();
  },
};
