import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../database.js';

/**
 * One index for a board's order and its ties instead of two. 001's (board,
 * score desc, seq) served the pages and 003's (board, score, seq, player_id)
 * the tie count of a rank; (board, score desc, seq, player_id) serves both — a
 * page is a forward range of it, and `score = ? and seq < ?` with player_id
 * is still answered from the index alone — so every submit updates one index
 * fewer (query plans checked on both databases at 1,000,000 runs).
 *
 * PostgreSQL also stores the JSON payloads uncompressed out of line
 * (EXTERNAL): compressing them (pglz, a ~6 KB trajectory per run) was ~20 %
 * of the database's CPU per submit, on the same cores as the server, for
 * about twice their size on disk. Rows stored before keep their compression.
 */
const PAYLOAD_COLUMNS = ['decisions_json', 'final_indicators_json', 'trajectory_json'] as const;

export function boardOrderIndexMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createIndex('runs_board_order_idx')
        .on('runs')
        .columns(['board', 'score desc', 'seq asc', 'player_id'])
        .execute();
      await db.schema.dropIndex('runs_board_score_seq_idx').execute();
      await db.schema.dropIndex('runs_board_score_seq_player_idx').execute();
      if (dialect === 'postgres') {
        for (const column of PAYLOAD_COLUMNS) {
          await sql`alter table runs alter column ${sql.ref(column)} set storage external`.execute(
            db,
          );
        }
      }
    },
    async down(db: Kysely<unknown>) {
      if (dialect === 'postgres') {
        for (const column of PAYLOAD_COLUMNS) {
          await sql`alter table runs alter column ${sql.ref(column)} set storage extended`.execute(
            db,
          );
        }
      }
      await db.schema
        .createIndex('runs_board_score_seq_idx')
        .on('runs')
        .columns(['board', 'score desc', 'seq asc'])
        .execute();
      await db.schema
        .createIndex('runs_board_score_seq_player_idx')
        .on('runs')
        .columns(['board', 'score', 'seq', 'player_id'])
        .execute();
      await db.schema.dropIndex('runs_board_order_idx').execute();
    },
  };
}
