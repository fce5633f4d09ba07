import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { readBoardPage, readRunsAfter } from './board-queries.js';
import { insertImportedRuns } from './bulk-runs.js';
import { insertRunInOneStatement, insertRunInTransaction } from './insert-run.js';
import { deleteClassroom, type DeletedClassroom } from './delete-classroom.js';
import {
  histogramRank,
  histogramSize,
  rankAt,
  removePlayerFromHistograms,
  type Place,
} from './board-scores.js';
import type { DialectName, OpenedDatabase } from './database.js';
import { dbBoolean } from './dialect-helpers.js';
import { nicknameKey } from './nickname-key.js';
import { readClassroomRunDetails, readClassroomRuns } from './classroom-queries.js';
import {
  ClassroomRow,
  ClassroomRunDetailRow,
  PlayerRow,
  parseRows,
  type Classroom,
  type ClassroomRunDetail,
  type Player,
  type RunSummary,
} from './records.js';
import type {
  AddPlayerResult,
  BoardPage,
  ClassroomRun,
  CreateClassroomResult,
  ImportedRun,
  InsertRunResult,
  NewClassroom,
  NewPlayer,
  NewRun,
} from './repository-types.js';
import type { DatabaseSchema } from './tables.js';

export type {
  Classroom,
  ClassroomRunDetail,
  Player,
  Run,
  RunSummary,
  Visibility,
} from './records.js';
export { VISIBILITIES } from './records.js';
export type * from './repository-types.js';
export { InvalidCursorError } from './board-cursor.js';
export { MAX_BOARD_PAGE } from './board-queries.js';

/** Everything the server stores, the same on SQLite and PostgreSQL. */
export interface Repository {
  readonly dialect: DialectName;
  createClassroom(input: NewClassroom): Promise<CreateClassroomResult>;
  getClassroomByCode(code: string): Promise<Classroom | null>;
  /**
   * False when no such classroom. `clearDeadline` also drops `closes_at`, so a
   * class reopened after its deadline stays open.
   */
  setClassroomClosed(
    classroomId: string,
    closed: boolean,
    options?: { clearDeadline?: boolean },
  ): Promise<boolean>;
  addPlayer(input: NewPlayer): Promise<AddPlayerResult>;
  /** Removed players are returned too (with `removed: true`), so callers can say why. */
  getPlayerByToken(classroomId: string, tokenHash: string): Promise<Player | null>;
  /** Hides the player's runs from boards; false when no such player in that classroom. */
  removePlayer(classroomId: string, playerId: string): Promise<boolean>;
  listPlayers(classroomId: string): Promise<Player[]>;
  /** Deletes the classroom, its players, their runs and `board` (its board), in one transaction; null when no such classroom. */
  deleteClassroom(classroomId: string, board: string): Promise<DeletedClassroom | null>;
  insertRun(input: NewRun): Promise<InsertRunResult>;
  /**
   * Stores many runs in one transaction, in order (seq follows the array),
   * for imports and seeding; all or nothing. Returns how many were stored.
   */
  insertImportedRuns(runs: readonly ImportedRun[]): Promise<number>;
  /** With whether its player was removed (a run without a player never is). */
  getRun(runId: string): Promise<ClassroomRunDetail | null>;
  /** Best first; runs of removed players are left out. Throws InvalidCursorError. */
  topOfBoard(board: string, limit: number, cursor?: string): Promise<BoardPage>;
  /** Null when the run is not on that board (or its player was removed). */
  rankOf(board: string, runId: string): Promise<Place | null>;
  /** The place of a visible run with this score and seq (one just inserted: no lookup of it). */
  rankAt(board: string, score: number, seq: number): Promise<Place>;
  /** How many runs the board shows (removed players' runs left out). */
  boardSize(board: string): Promise<number>;
  /** The board's visible runs with seq > afterSeq, oldest first, at most `limit`. */
  runsAfter(board: string, afterSeq: number, limit: number): Promise<RunSummary[]>;
  /** Every run by the classroom's players, in submission order. */
  listRunsOfClassroom(classroomId: string): Promise<ClassroomRun[]>;
  /** The same runs in full (decisions, breakdown, indicators, trajectory), for dashboards and exports. */
  listRunDetailsOfClassroom(classroomId: string): Promise<ClassroomRunDetail[]>;
  /**
   * Runs `work` in one transaction: all its writes land, or none. Use only
   * `tx` inside (on SQLite the outer repository waits for the transaction).
   */
  transaction<T>(work: (tx: Repository) => Promise<T>): Promise<T>;
  /** Resolves when the database answers; for readiness checks. */
  ping(): Promise<void>;
}

export interface RepositoryOptions {
  /** The clock for created_at; injectable for tests. */
  now?: () => Date;
}

export function createRepository(
  database: Pick<OpenedDatabase, 'db' | 'dialect'>,
  options: RepositoryOptions = {},
): Repository {
  return new KyselyRepository(database.db, database.dialect, options.now ?? (() => new Date()));
}

class KyselyRepository implements Repository {
  constructor(
    private readonly db: Kysely<DatabaseSchema>,
    readonly dialect: DialectName,
    private readonly now: () => Date,
  ) {}

  async createClassroom(input: NewClassroom): Promise<CreateClassroomResult> {
    const row = await this.db
      .insertInto('classrooms')
      .values({
        id: randomUUID(),
        code: input.code,
        title: input.title,
        scenario_id: input.scenarioId,
        seed: input.seed,
        visibility: input.visibility,
        closes_at: input.closesAt === null ? null : new Date(input.closesAt).toISOString(),
        closed: this.bool(false),
        teacher_key_hash: input.teacherKeyHash,
        created_at: this.now().toISOString(),
      })
      .onConflict((oc) => oc.column('code').doNothing())
      .returningAll()
      .executeTakeFirst();
    return row ? { conflict: false, classroom: ClassroomRow.parse(row) } : { conflict: true };
  }

  async getClassroomByCode(code: string): Promise<Classroom | null> {
    const row = await this.db
      .selectFrom('classrooms')
      .selectAll()
      .where('code', '=', code)
      .executeTakeFirst();
    return row ? ClassroomRow.parse(row) : null;
  }

  async setClassroomClosed(
    classroomId: string,
    closed: boolean,
    options: { clearDeadline?: boolean } = {},
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('classrooms')
      .set(
        options.clearDeadline
          ? { closed: this.bool(closed), closes_at: null }
          : { closed: this.bool(closed) },
      )
      .where('id', '=', classroomId)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async addPlayer(input: NewPlayer): Promise<AddPlayerResult> {
    const row = await this.db
      .insertInto('players')
      .values({
        id: randomUUID(),
        classroom_id: input.classroomId,
        nickname: input.nickname,
        nickname_key: nicknameKey(input.nickname),
        token_hash: input.tokenHash,
        removed: this.bool(false),
        created_at: this.now().toISOString(),
      })
      .onConflict((oc) => oc.doNothing()) // the nickname (or its key) is taken in this class
      .returningAll()
      .executeTakeFirst();
    return row ? { conflict: false, player: PlayerRow.parse(row) } : { conflict: true };
  }

  async getPlayerByToken(classroomId: string, tokenHash: string): Promise<Player | null> {
    const row = await this.db
      .selectFrom('players')
      .selectAll()
      .where('classroom_id', '=', classroomId)
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    return row ? PlayerRow.parse(row) : null;
  }

  removePlayer(classroomId: string, playerId: string): Promise<boolean> {
    return this.inTransaction(async (db) => {
      const player = await db
        .selectFrom('players')
        .select('removed')
        .where('classroom_id', '=', classroomId)
        .where('id', '=', playerId)
        .executeTakeFirst();
      if (!player) return false;
      if (player.removed) return true;
      await db
        .updateTable('players')
        .set({ removed: this.bool(true) })
        .where('id', '=', playerId)
        .execute();
      await removePlayerFromHistograms(db, playerId);
      return true;
    });
  }

  async listPlayers(classroomId: string): Promise<Player[]> {
    const rows = await this.db
      .selectFrom('players')
      .selectAll()
      .where('classroom_id', '=', classroomId)
      .orderBy('created_at')
      .orderBy('nickname')
      .execute();
    return parseRows(PlayerRow, rows);
  }

  deleteClassroom(classroomId: string, board: string): Promise<DeletedClassroom | null> {
    return this.inTransaction((db) => deleteClassroom(db, this.dialect, classroomId, board));
  }

  insertRun(input: NewRun): Promise<InsertRunResult> {
    const createdAt = this.now().toISOString();
    if (this.dialect === 'postgres' && !this.db.isTransaction) {
      return insertRunInOneStatement(this.db, input, createdAt);
    }
    return this.inTransaction((db) => insertRunInTransaction(db, this.dialect, input, createdAt));
  }

  insertImportedRuns(runs: readonly ImportedRun[]): Promise<number> {
    return this.inTransaction((db) => insertImportedRuns(db, this.dialect, runs));
  }

  async getRun(runId: string): Promise<ClassroomRunDetail | null> {
    const row = await this.db
      .selectFrom('runs as r')
      .leftJoin('players as p', 'p.id', 'r.player_id')
      .selectAll('r')
      .select(sql<boolean | number>`coalesce(p.removed, ${this.bool(false)})`.as('player_removed'))
      .where('r.run_id', '=', runId)
      .executeTakeFirst();
    return row ? ClassroomRunDetailRow.parse(row) : null;
  }

  topOfBoard(board: string, limit: number, cursor?: string): Promise<BoardPage> {
    return readBoardPage(this.db, this.dialect, board, limit, cursor);
  }

  rankOf(board: string, runId: string): Promise<Place | null> {
    return histogramRank(this.db, this.dialect, board, runId);
  }

  rankAt(board: string, score: number, seq: number): Promise<Place> {
    // One statement: one snapshot on either database, no transaction needed.
    return rankAt(this.db, this.dialect, board, score, seq);
  }

  boardSize(board: string): Promise<number> {
    return histogramSize(this.db, board);
  }

  runsAfter(board: string, afterSeq: number, limit: number): Promise<RunSummary[]> {
    return readRunsAfter(this.db, this.dialect, board, afterSeq, limit);
  }

  listRunDetailsOfClassroom(classroomId: string): Promise<ClassroomRunDetail[]> {
    return readClassroomRunDetails(this.db, classroomId);
  }

  listRunsOfClassroom(classroomId: string): Promise<ClassroomRun[]> {
    return readClassroomRuns(this.db, classroomId);
  }

  transaction<T>(work: (tx: Repository) => Promise<T>): Promise<T> {
    return this.inTransaction((db) => work(new KyselyRepository(db, this.dialect, this.now)));
  }

  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
  }

  /** Joins the caller's transaction if there is one (Kysely cannot nest them). */
  private inTransaction<T>(work: (db: Kysely<DatabaseSchema>) => Promise<T>): Promise<T> {
    if (this.db.isTransaction) return work(this.db);
    return this.db.transaction().execute(work);
  }

  private bool(value: boolean): boolean | number {
    return dbBoolean(this.dialect, value);
  }
}
