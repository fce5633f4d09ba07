import { describe, expect, it } from 'vitest';
import { describeNetError } from './errors.js';

function trpcError(message: string, data: Record<string, unknown>): Error {
  return Object.assign(new Error(message), { data });
}

describe('network errors', () => {
  it('treats network failures, 5xx and missing procedures as "try later"', () => {
    expect(describeNetError(new TypeError('Failed to fetch'))).toMatchObject({
      kind: 'unreachable',
      key: 'net.unreachable',
    });
    expect(
      describeNetError(trpcError('x', { code: 'INTERNAL_SERVER_ERROR', httpStatus: 500 })).kind,
    ).toBe('unreachable');
    expect(
      describeNetError(
        trpcError('No procedure found on path "runs.submit"', {
          code: 'NOT_FOUND',
          httpStatus: 404,
        }),
      ).key,
    ).toBe('net.notReady');
  });

  it("explains a refused nickname in the player's language, not the server's English", () => {
    const refused = trpcError('Nickname contains a blocked word', {
      code: 'BAD_REQUEST',
      httpStatus: 400,
      zodIssues: [{ path: 'nickname', message: 'Nickname contains a blocked word' }],
    });
    expect(describeNetError(refused)).toEqual({ kind: 'refused', key: 'net.badNickname' });
    const other = trpcError('bad', {
      code: 'BAD_REQUEST',
      httpStatus: 400,
      zodIssues: [{ path: 'title', message: 'too long' }],
    });
    expect(describeNetError(other).key).toBe('net.refused');
  });

  it('explains refusals in words, with the replay year', () => {
    const replay = trpcError('Spending 90 exceeds the 60 available.', {
      code: 'BAD_REQUEST',
      httpStatus: 400,
      domainCode: 'decision/over_budget',
      year: 2014,
    });
    expect(describeNetError(replay)).toEqual({
      kind: 'refused',
      key: 'net.replayRefused',
      values: { message: 'Spending 90 exceeds the 60 available.', year: 2014 },
    });
    expect(describeNetError(trpcError('taken', { code: 'CONFLICT', httpStatus: 409 })).key).toBe(
      'net.conflict',
    );
    expect(
      describeNetError(trpcError('bad nickname', { code: 'BAD_REQUEST', httpStatus: 400 })),
    ).toMatchObject({
      kind: 'refused',
      values: { message: 'bad nickname' },
    });
  });
});
