import { sql, type Kysely, type Migration } from 'kysely';
import { SCORE_BAND_WIDTH } from '../board-scores.js';

/**
 * A coarser histogram beside board_scores: visible runs per band of
 * SCORE_BAND_WIDTH scores. With scores spread over thousands of values, a rank
 * summed every distinct score above the run (thousands of rows on a big
 * board); now it sums the bands above (tens of rows) and the scores above it
 * in its own band (at most SCORE_BAND_WIDTH rows). Backfilled from board_scores.
 */
export const boardScoreBandsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('board_score_bands')
      .addColumn('board', 'text', (col) => col.notNull())
      .addColumn('band', 'integer', (col) => col.notNull())
      .addColumn('runs', 'bigint', (col) => col.notNull())
      .addPrimaryKeyConstraint('board_score_bands_pk', ['board', 'band'])
      .execute();
    // Floor division that also holds for negative scores on both databases
    // (their % keeps the dividend's sign; the division is then exact).
    const width = sql.lit(SCORE_BAND_WIDTH);
    await sql`
      insert into board_score_bands (board, band, runs)
      select board, (score - ((score % ${width}) + ${width}) % ${width}) / ${width}, sum(runs)
      from board_scores
      group by board, (score - ((score % ${width}) + ${width}) % ${width}) / ${width}
    `.execute(db);
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('board_score_bands').execute();
  },
};
