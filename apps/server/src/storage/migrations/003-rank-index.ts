import type { Kysely, Migration } from 'kysely';

/**
 * Counting the earlier runs with the same score (the tie part of a rank) needs
 * board, score, seq and player_id. With all four in one index SQLite answers
 * from the index alone instead of reading whole rows, whose JSON columns make
 * each read about 15 KB.
 */
export const rankIndexMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createIndex('runs_board_score_seq_player_idx')
      .on('runs')
      .columns(['board', 'score', 'seq', 'player_id'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('runs_board_score_seq_player_idx').execute();
  },
};
