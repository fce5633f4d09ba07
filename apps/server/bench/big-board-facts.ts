// Facts about a seeded board's database for the 1,000,000-run suite: the
// query plan of a rank (no full scan of runs may appear) and the size on disk.
import { statSync } from 'node:fs';
import { CompiledQuery, sql } from 'kysely';
import { openDatabase, resolveDatabaseTarget } from '../src/storage/index.js';
import { rankOfQuery } from '../src/storage/board-scores.js';
import { encodeCursor } from '../src/storage/board-cursor.js';

export interface BoardFacts {
  rankPlan: string[];
  /** Whether the plan reads every run of the board (a linear cost). */
  rankPlanScansRuns: boolean;
  databaseMb: number;
  /** A cursor to the page after the run ranked `deepRank` (as the server encodes it). */
  deepCursor: string;
}

export async function boardFacts(
  databaseUrl: string,
  board: string,
  runId: string,
  deepRank: number,
): Promise<BoardFacts> {
  const database = openDatabase(databaseUrl, { maxConnections: 1 });
  try {
    const compiled = rankOfQuery.compiled(database.db, database.dialect, { runId, board });
    const prefix = database.dialect === 'sqlite' ? 'explain query plan ' : 'explain ';
    const result = await database.db.executeQuery<Record<string, unknown>>(
      CompiledQuery.raw(prefix + compiled.sql, [...compiled.parameters]),
    );
    const rankPlan = result.rows.map((row) =>
      String(database.dialect === 'sqlite' ? row.detail : row['QUERY PLAN']),
    );
    // SQLite says "SCAN r" for a full pass (a SEARCH uses an index); pg "Seq Scan on runs".
    const rankPlanScansRuns = rankPlan.some((line) =>
      /^SCAN (r|t|runs)\b|Seq Scan on runs/.test(line.trim()),
    );
    let databaseMb: number;
    const target = resolveDatabaseTarget(databaseUrl);
    if (target.dialect === 'sqlite') {
      const bytes = ['', '-wal'].reduce((sum, suffix) => {
        try {
          return sum + statSync(`${target.path}${suffix}`).size;
        } catch {
          return sum;
        }
      }, 0);
      databaseMb = bytes / 1024 / 1024;
    } else {
      const size = await sql<{
        bytes: string;
      }>`select pg_database_size(current_database()) as bytes`.execute(database.db);
      databaseMb = Number(size.rows[0]?.bytes ?? 0) / 1024 / 1024;
    }
    // Every seeded run is visible (no players), so rank n is row n of the board's order.
    const deep = await database.db
      .selectFrom('runs')
      .select(['score', 'seq'])
      .where('board', '=', board)
      .orderBy('score', 'desc')
      .orderBy('seq', 'asc')
      .offset(deepRank - 1)
      .limit(1)
      .executeTakeFirstOrThrow();
    const deepCursor = encodeCursor({ score: deep.score, seq: Number(deep.seq), rank: deepRank });
    return { rankPlan, rankPlanScansRuns, databaseMb, deepCursor };
  } finally {
    await database.close();
  }
}
