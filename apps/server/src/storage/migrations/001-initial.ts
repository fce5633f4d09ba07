import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../database.js';

/**
 * Classrooms, their players and every submitted run. Column types are ones
 * both dialects understand: integers as integer/bigint, JSON as text,
 * booleans as boolean (stored 0/1 by SQLite), timestamps as timestamptz
 * (ISO-8601 text in SQLite, whose type names are only affinity hints).
 */
export function initialMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('classrooms')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('code', 'text', (col) => col.notNull().unique())
        .addColumn('title', 'text', (col) => col.notNull())
        .addColumn('scenario_id', 'text', (col) => col.notNull())
        .addColumn('seed', 'bigint', (col) => col.notNull())
        .addColumn('visibility', 'text', (col) =>
          col.notNull().check(sql`visibility in ('all', 'top10', 'self')`),
        )
        .addColumn('closes_at', 'timestamptz')
        .addColumn('closed', 'boolean', (col) => col.notNull().defaultTo(false))
        .addColumn('teacher_key_hash', 'text', (col) => col.notNull())
        .addColumn('created_at', 'timestamptz', (col) => col.notNull())
        .execute();

      await db.schema
        .createTable('players')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('classroom_id', 'text', (col) =>
          col.notNull().references('classrooms.id').onDelete('cascade'),
        )
        .addColumn('nickname', 'text', (col) => col.notNull())
        .addColumn('token_hash', 'text', (col) => col.notNull())
        .addColumn('removed', 'boolean', (col) => col.notNull().defaultTo(false))
        .addColumn('created_at', 'timestamptz', (col) => col.notNull())
        .addUniqueConstraint('players_classroom_nickname_unique', ['classroom_id', 'nickname'])
        .execute();
      await db.schema
        .createIndex('players_classroom_token_idx')
        .unique()
        .on('players')
        .columns(['classroom_id', 'token_hash'])
        .execute();

      await db.schema
        .createTable('runs')
        .addColumn('run_id', 'text', (col) => col.primaryKey())
        .addColumn('board', 'text', (col) => col.notNull())
        .addColumn('scenario_id', 'text', (col) => col.notNull())
        .addColumn('seed', 'bigint', (col) => col.notNull())
        .addColumn('engine_version', 'text', (col) => col.notNull())
        .addColumn('decisions_json', 'text', (col) => col.notNull())
        .addColumn('content_hash', 'text', (col) => col.notNull())
        .addColumn('player_id', 'text', (col) => col.references('players.id').onDelete('set null'))
        .addColumn('nickname', 'text', (col) => col.notNull())
        .addColumn('score', 'integer', (col) => col.notNull())
        .addColumn('breakdown_json', 'text', (col) => col.notNull())
        .addColumn('final_indicators_json', 'text', (col) => col.notNull())
        .addColumn('trajectory_json', 'text', (col) => col.notNull())
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('created_at', 'timestamptz', (col) => col.notNull())
        // The submission order, for tie-breaks. SQLite has no identity column
        // besides the rowid primary key, so the repository assigns it there.
        .addColumn('seq', 'bigint', (col) =>
          dialect === 'postgres'
            ? col.notNull().unique().generatedAlwaysAsIdentity()
            : col.notNull().unique(),
        )
        .execute();
      await db.schema
        .createIndex('runs_board_score_seq_idx')
        .on('runs')
        .columns(['board', 'score desc', 'seq asc'])
        .execute();
      await db.schema.createIndex('runs_player_idx').on('runs').column('player_id').execute();
    },

    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('runs').execute();
      await db.schema.dropTable('players').execute();
      await db.schema.dropTable('classrooms').execute();
    },
  };
}
