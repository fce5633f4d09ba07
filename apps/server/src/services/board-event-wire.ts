import { z } from 'zod';
import type { BoardEvent } from './board-events.js';
import { linkChannel } from './postgres-link.js';

/**
 * How board events travel between instances as PostgreSQL NOTIFY payloads:
 * JSON `{ v, origin, event }`, or `{ v, origin, ref }` — only the board and
 * the run's seq — when the event would not fit PostgreSQL's 8000-byte
 * payload limit (the receiver then reads the run from the database).
 * Payloads are validated on arrival like any other input.
 */

/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; leave some room. */
export const MAX_PAYLOAD_BYTES = 7900;

const WIRE_VERSION = 1;
const Board = z.string().min(1).max(1000);
const Seq = z.number().int().nonnegative();

const LiveRunWire = z.strictObject({
  runId: z.string().min(1).max(100),
  nickname: z.string().max(1000),
  score: z.number(),
  createdAt: z.string().min(1).max(100),
  seq: Seq,
});

const BoardEventWire = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('run'), board: Board, seq: Seq, run: LiveRunWire }),
  z.strictObject({ kind: z.literal('reset'), board: Board }),
]);

const Envelope = z.union([
  z.strictObject({ v: z.literal(WIRE_VERSION), origin: z.string().min(1), event: BoardEventWire }),
  z.strictObject({
    v: z.literal(WIRE_VERSION),
    origin: z.string().min(1),
    ref: z.strictObject({ board: Board, seq: Seq }),
  }),
]);

export type WireMessage =
  { origin: string; event: BoardEvent } | { origin: string; ref: { board: string; seq: number } };

/** The payload to NOTIFY for an event published by instance `origin`. */
export function encodeBoardEvent(
  event: BoardEvent,
  origin: string,
  maxBytes = MAX_PAYLOAD_BYTES,
): string {
  const full = JSON.stringify({ v: WIRE_VERSION, origin, event });
  if (Buffer.byteLength(full) < maxBytes || event.kind !== 'run') return full;
  return JSON.stringify({ v: WIRE_VERSION, origin, ref: { board: event.board, seq: event.seq } });
}

/** A received payload, or null when it is not one of ours (wrong shape, version or JSON). */
export function decodeBoardEvent(payload: string): WireMessage | null {
  let json: unknown;
  try {
    json = JSON.parse(payload);
  } catch {
    return null;
  }
  const parsed = Envelope.safeParse(json);
  if (!parsed.success) return null;
  const message = parsed.data;
  return 'event' in message
    ? { origin: message.origin, event: message.event }
    : { origin: message.origin, ref: message.ref };
}

/** The NOTIFY channel of board events in one database schema. */
export function boardEventChannel(schema: string): string {
  return linkChannel('boards', schema);
}
