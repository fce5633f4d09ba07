import { describe, expect, it } from 'vitest';
import {
  MAX_PAYLOAD_BYTES,
  boardEventChannel,
  decodeBoardEvent,
  encodeBoardEvent,
} from '../src/services/board-event-wire.js';
import type { BoardEvent } from '../src/services/board-events.js';

const run: BoardEvent = {
  kind: 'run',
  board: 'global:dongguan-electronics',
  seq: 17,
  run: {
    runId: '6f1c1a52-3c0e-4a55-9c43-2f8f3f0b8a11',
    nickname: '李明 Li',
    score: 812,
    createdAt: '2026-03-02T10:00:00.000Z',
    seq: 17,
  },
};

describe('board events on the wire (PostgreSQL NOTIFY payloads)', () => {
  it('carries a run event whole, with the sender, under the 8000-byte limit', () => {
    const payload = encodeBoardEvent(run, 'instance-a');
    expect(Buffer.byteLength(payload)).toBeLessThan(MAX_PAYLOAD_BYTES);
    expect(decodeBoardEvent(payload)).toEqual({ origin: 'instance-a', event: run });
  });

  it('carries a reset', () => {
    const reset: BoardEvent = { kind: 'reset', board: 'class:ABCDEF' };
    expect(decodeBoardEvent(encodeBoardEvent(reset, 'b'))).toEqual({ origin: 'b', event: reset });
  });

  it('sends only the board and seq when the event would not fit', () => {
    const payload = encodeBoardEvent(run, 'instance-a', 100);
    expect(Buffer.byteLength(payload)).toBeLessThan(100);
    expect(decodeBoardEvent(payload)).toEqual({
      origin: 'instance-a',
      ref: { board: run.board, seq: 17 },
    });
  });

  it.each([
    ['not JSON', 'hello'],
    ['another version', JSON.stringify({ v: 2, origin: 'a', event: run })],
    ['no sender', JSON.stringify({ v: 1, event: run })],
    ['an unknown kind', JSON.stringify({ v: 1, origin: 'a', event: { kind: 'drop', board: 'x' } })],
    ['a run without its run', JSON.stringify({ v: 1, origin: 'a', event: { ...run, run: null } })],
    ['a negative seq', JSON.stringify({ v: 1, origin: 'a', ref: { board: 'x', seq: -1 } })],
    ['extra fields', JSON.stringify({ v: 1, origin: 'a', event: run, score: 1 })],
  ])('ignores a payload with %s', (_what, payload) => {
    expect(decodeBoardEvent(payload)).toBeNull();
  });

  it('names one channel per schema, within PostgreSQL’s 63 bytes', () => {
    expect(boardEventChannel('public')).toBe('smile_curve_boards:public');
    expect(boardEventChannel('a')).not.toBe(boardEventChannel('b'));
    const long = 'x'.repeat(63);
    expect(Buffer.byteLength(boardEventChannel(long))).toBeLessThanOrEqual(63);
    expect(boardEventChannel(long)).not.toBe(boardEventChannel(`${'x'.repeat(62)}y`));
  });
});
