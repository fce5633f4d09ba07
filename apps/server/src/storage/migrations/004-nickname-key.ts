import { sql, type Kysely, type Migration } from 'kysely';
import { nicknameKey } from '../nickname-key.js';

/**
 * Nicknames are unique within a classroom ignoring case. A normalised
 * nickname_key column under a unique index lets the database enforce it in
 * the insert; before, a join listed every player of the class (O(players)).
 * Existing players are backfilled with the same function the server uses.
 */
export const nicknameKeyMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('players').addColumn('nickname_key', 'text').execute();
    const players = await sql<{ id: string; nickname: string }>`
      select id, nickname from players
    `.execute(db);
    for (const player of players.rows) {
      await sql`update players set nickname_key = ${nicknameKey(player.nickname)}
        where id = ${player.id}`.execute(db);
    }
    await db.schema
      .createIndex('players_classroom_nickname_key_idx')
      .unique()
      .on('players')
      .columns(['classroom_id', 'nickname_key'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('players_classroom_nickname_key_idx').execute();
    await db.schema.alterTable('players').dropColumn('nickname_key').execute();
  },
};
