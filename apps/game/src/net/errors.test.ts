import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { domainErrorsEn } from '../i18n/domain-errors-en.js';
import { domainErrorsZh } from '../i18n/domain-errors-zh.js';
import { describeNetError, problemTextIn } from './errors.js';

function trpcError(message: string, data: Record<string, unknown>): Error {
  return Object.assign(new Error(message), { data });
}

/** Latin letters: a Chinese message must not carry the server's English. */
const LATIN = /[A-Za-z]/;

/** The server's own refusals (apps/server/src: every `fail('CODE', 'message')`), with their words. */
function serverRefusals(): { code: string; message: string }[] {
  const root = fileURLToPath(new URL('../../../server/src', import.meta.url));
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
  );
  return files.flatMap((f) =>
    [
      ...readFileSync(join(root, f), 'utf8').matchAll(
        /fail\(\s*'([A-Z_]+)',\s*(?:'([^']*)'|"([^"]*)"|`([^`]*)`)/g,
      ),
    ].map((m) => ({ code: m[1] ?? '', message: m[2] ?? m[3] ?? m[4] ?? '' })),
  );
}

describe('network errors', () => {
  it('treats network failures, 5xx, timeouts and missing procedures as "try later"', () => {
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
    expect(describeNetError(trpcError('slow', { code: 'TIMEOUT', httpStatus: 408 }))).toMatchObject(
      { kind: 'unreachable', key: 'net.busy' },
    );
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
    expect(describeNetError(other)).toEqual({ kind: 'refused', key: 'net.badRequest' });
  });

  it("says a replay refusal's reason and year from the domain's code, in either language", () => {
    const replay = trpcError('The game does not replay (year 2014): Spending 90 exceeds 60.', {
      code: 'BAD_REQUEST',
      httpStatus: 400,
      domainCode: 'decision/over_budget',
      year: 2014,
      domainPath: ['spend'],
    });
    const problem = describeNetError(replay);
    expect(problem).toEqual({
      kind: 'refused',
      key: 'net.replayRefused',
      values: { year: 2014 },
      domainCode: 'decision/over_budget',
    });
    expect(problemTextIn('en', problem)).toBe(
      'The server replayed your decisions and refused them in 2014: You are spending more than you have.',
    );
    expect(problemTextIn('zh', problem)).toBe(
      '服务器重演了你的决策，在2014年拒绝了它们：支出超过了可用资金。',
    );
  });

  it('says a replay refused before its first year (no year) without a year', () => {
    const problem = describeNetError(
      trpcError('The game does not replay: Unknown scenario "x".', {
        code: 'BAD_REQUEST',
        httpStatus: 400,
        domainCode: 'scenario/unknown',
        year: null,
      }),
    );
    expect(problem.key).toBe('net.replayRefusedStart');
    expect(problemTextIn('zh', problem)).toBe('服务器无法开始重演你的这局游戏：未知的情景。');
  });

  it("has every domain error code in both languages, so no replay refusal reads in the server's English", () => {
    for (const code of Object.keys(domainErrorsEn)) {
      const problem = describeNetError(
        trpcError('The game does not replay (year 2010): something in English.', {
          code: 'BAD_REQUEST',
          httpStatus: 400,
          domainCode: code,
          year: 2010,
        }),
      );
      expect(problem.key).toBe('net.replayRefused');
      const zh = problemTextIn('zh', problem);
      expect(zh).toContain(domainErrorsZh[code as keyof typeof domainErrorsZh]);
      expect(zh).not.toMatch(LATIN);
    }
  });

  it('keeps the server words only as the detail of a domain code the game does not know', () => {
    const problem = describeNetError(
      trpcError('The game does not replay (year 2011): a new rule.', {
        code: 'BAD_REQUEST',
        httpStatus: 400,
        domainCode: 'decision/some_new_rule',
        year: 2011,
      }),
    );
    expect(problem.key).toBe('net.replayRefusedUnknown');
    expect(problemTextIn('zh', problem)).toBe(
      '服务器重演了你的决策并拒绝了它们（代码 decision/some_new_rule；服务器的原文：“The game does not replay (year 2011): a new rule.”）。',
    );
  });

  it('maps every refusal the server sends, by its tRPC code, to words in both languages', () => {
    const refusals = serverRefusals();
    // The scan finds the server's refusals (a change of the helper's name would empty it).
    expect(refusals.length).toBeGreaterThan(15);
    const codes = new Set(refusals.map((r) => r.code));
    for (const code of ['BAD_REQUEST', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'PRECONDITION_FAILED'])
      expect(codes).toContain(code);
    for (const { code, message } of refusals) {
      const problem = describeNetError(trpcError(message, { code, httpStatus: 400 }));
      expect(problem.kind, `${code}: ${message}`).toBe('refused');
      expect(problem.key, `${code}: ${message}`).not.toBe('net.refused');
      const zh = problemTextIn('zh', problem);
      expect(zh, `${code}: ${message}`).not.toMatch(LATIN);
      expect(problemTextIn('en', problem)).not.toContain(message);
    }
    expect(
      problemTextIn(
        'zh',
        describeNetError(trpcError('Wrong teacher key for this class.', { code: 'FORBIDDEN' })),
      ),
    ).toBe('服务器不允许这样做：教师密钥不对、玩家已被老师移除，或你无权查看这个排行榜。');
    expect(describeNetError(trpcError('taken', { code: 'CONFLICT', httpStatus: 409 })).key).toBe(
      'net.conflict',
    );
    expect(
      describeNetError(trpcError('This class is closed.', { code: 'PRECONDITION_FAILED' })).key,
    ).toBe('net.closed');
  });

  it('names a tRPC code the game does not know, with the server words as the detail', () => {
    const problem = describeNetError(
      trpcError('Pay first.', { code: 'PAYMENT_REQUIRED', httpStatus: 402 }),
    );
    expect(problem).toEqual({
      kind: 'refused',
      key: 'net.refused',
      values: { code: 'PAYMENT_REQUIRED', message: 'Pay first.' },
    });
    expect(problemTextIn('en', problem)).toBe(
      'The server refused this (code PAYMENT_REQUIRED; the server says: “Pay first.”).',
    );
    expect(problemTextIn('zh', problem)).toBe(
      '服务器拒绝了这个请求（代码 PAYMENT_REQUIRED；服务器的原文：“Pay first.”）。',
    );
  });
});
