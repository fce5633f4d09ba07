import { z } from 'zod';

/**
 * Keyset paging through a leaderboard (score desc, seq asc): the cursor is the
 * last entry's score and seq, plus its rank so later pages keep numbering.
 * Opaque to clients (base64url JSON); a tampered cursor is refused, not guessed at.
 */
export interface BoardCursor {
  score: number;
  seq: number;
  rank: number;
}

const CursorTuple = z.tuple([z.number().int(), z.number().int(), z.number().int().min(1)]);

export class InvalidCursorError extends Error {
  constructor() {
    super('Invalid leaderboard cursor');
    this.name = 'InvalidCursorError';
  }
}

export function encodeCursor(cursor: BoardCursor): string {
  const json = JSON.stringify([cursor.score, cursor.seq, cursor.rank]);
  return Buffer.from(json, 'utf8').toString('base64url');
}

export function decodeCursor(text: string): BoardCursor {
  try {
    const parsed = CursorTuple.parse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    return { score: parsed[0], seq: parsed[1], rank: parsed[2] };
  } catch {
    throw new InvalidCursorError();
  }
}
