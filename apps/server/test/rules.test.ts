import { classroomBoard, dailyBoard, globalBoard } from '@smile-curve/domain';
import { describe, expect, it } from 'vitest';
import { parseEnv } from '../src/env.js';
import { parseBoardKey } from '../src/services/board-key.js';
import { toCsv } from '../src/services/csv.js';
import { isDatabaseUnavailable } from '../src/services/database-errors.js';
import { checkNickname, suggestNickname, nicknameKey } from '../src/services/nickname.js';
import {
  CODE_ALPHABET,
  hashSecret,
  randomClassroomCode,
  randomSecret,
  secretMatches,
} from '../src/services/secrets.js';
import { parseCsv } from './helpers/csv.js';

describe('nicknames', () => {
  it.each([
    '王芳',
    'Lin',
    'Lin_2',
    'José',
    'Ana-María',
    'Nazir',
    'Padmini',
    'Nyima 尼玛',
    'a'.repeat(24),
    // 24 characters in 48 UTF-16 units: a consonant with its vowel sign is one character.
    'नि'.repeat(24),
  ])('accepts %s', (name) => {
    expect(checkNickname(name)).toEqual({ ok: true, nickname: name });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'only spaces'],
    ['a'.repeat(25), 'too long'],
    ['नि'.repeat(25), 'too long, counted in characters'],
    ['-Lin', 'starting with a dash (a spreadsheet formula)'],
    ['=SUM(A1)', 'a formula'],
    ['Lin!', 'punctuation'],
    ['me@mail.com', 'an e-mail address'],
    ['Lin\nWang', 'a line break'],
    ['FUCK', 'an English obscenity'],
    ['f_u_c_k', 'an obscenity spelt out'],
    ['傻逼', 'a Chinese insult'],
    ['Admin', 'a name posing as staff'],
    ['老师', 'a Chinese name posing as staff'],
  ])('refuses %j (%s)', (name) => {
    expect(checkNickname(name).ok).toBe(false);
  });

  it('trims and normalises to NFC', () => {
    expect(checkNickname('  Jose\u0301  ')).toEqual({ ok: true, nickname: 'José' });
  });

  it('suggests the first free numbered variant that fits', () => {
    const taken = new Set(['lin', 'lin 2'].map(nicknameKey));
    expect(suggestNickname(taken, 'Lin')).toBe('Lin 3');
    const long = 'x'.repeat(24);
    expect(suggestNickname(new Set([long]), long)).toBe(`${'x'.repeat(22)} 2`);
  });
});

describe('secrets', () => {
  it('issues 128-bit tokens and stores only their SHA-256', () => {
    const token = randomSecret();
    expect(Buffer.from(token, 'base64url')).toHaveLength(16);
    expect(randomSecret()).not.toBe(token);
    const hash = hashSecret(token);
    expect(secretMatches(token, hash)).toBe(true);
    expect(secretMatches(`${token}x`, hash)).toBe(false);
    expect(secretMatches(token, 'not-hex')).toBe(false);
  });
});

describe('classroom codes', () => {
  it('uses no look-alike characters', () => {
    expect(CODE_ALPHABET).not.toMatch(/[01OIL]/);
    for (let i = 0; i < 200; i++) expect(randomClassroomCode()).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
  });
});

describe('board keys', () => {
  it('reads back every key the domain makes, and nothing else', () => {
    expect(parseBoardKey(globalBoard('dongguan-electronics'))).toMatchObject({
      kind: 'global',
      scenarioId: 'dongguan-electronics',
    });
    expect(parseBoardKey(dailyBoard('2026-03-02', 'foshan-appliances'))).toMatchObject({
      kind: 'daily',
      date: '2026-03-02',
      scenarioId: 'foshan-appliances',
    });
    expect(parseBoardKey(classroomBoard('ABC234'))).toMatchObject({
      kind: 'classroom',
      code: 'ABC234',
    });
    for (const junk of ['', 'global:', 'class:abc234', 'class:ABC10I', 'daily:2026-3-2:x', 'x:y']) {
      expect(parseBoardKey(junk)).toBeNull();
    }
  });
});

describe('CSV', () => {
  it('quotes what needs quoting, with BOM and CRLF, and reads back', () => {
    const text = toCsv(
      ['name', 'note', 'n'],
      [
        ['王芳', 'says "hi", twice', 1.5],
        ['Lin', 'line\nbreak', null],
      ],
    );
    expect(text.startsWith('\uFEFFname,note,n\r\n')).toBe(true);
    expect(text).toContain('"says ""hi"", twice"');
    expect(parseCsv(text).rows).toEqual([
      { name: '王芳', note: 'says "hi", twice', n: '1.5' },
      { name: 'Lin', note: 'line\nbreak', n: '' },
    ]);
  });
});

describe('database outage detection', () => {
  it('recognises connection failures of either database, and nothing else', () => {
    const withCode = (code: string) => Object.assign(new Error('x'), { code });
    expect(isDatabaseUnavailable(withCode('ECONNREFUSED'))).toBe(true);
    expect(isDatabaseUnavailable(withCode('57P01'))).toBe(true);
    expect(isDatabaseUnavailable(withCode('08006'))).toBe(true);
    expect(isDatabaseUnavailable(withCode('SQLITE_BUSY'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('outer', { cause: withCode('ETIMEDOUT') }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(withCode('23505'))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError('boom'))).toBe(false);
  });
});

describe('configuration', () => {
  it('reads proxies, origins and limits', () => {
    const parsed = parseEnv({
      TRUST_PROXY: '10.0.0.0/8, 127.0.0.1',
      CORS_ORIGIN: 'https://a.example/, http://b.example:8080',
      PUBLIC_URL: 'https://smile.example/',
      RATE_LIMIT_SUBMIT_MAX: '30',
    });
    expect(parsed).toMatchObject({
      ok: true,
      env: {
        TRUST_PROXY: ['10.0.0.0/8', '127.0.0.1'],
        CORS_ORIGIN: ['https://a.example', 'http://b.example:8080'],
        PUBLIC_URL: 'https://smile.example',
        RATE_LIMIT_SUBMIT_MAX: 30,
        RATE_LIMIT_MAX: 1200,
      },
    });
    expect(parseEnv({ TRUST_PROXY: '2' })).toMatchObject({ env: { TRUST_PROXY: 2 } });
    expect(parseEnv({ TRUST_PROXY: 'TRUE' })).toMatchObject({ env: { TRUST_PROXY: true } });
    expect(parseEnv({})).toMatchObject({ env: { TRUST_PROXY: false, NODE_ENV: 'development' } });
  });

  it.each([
    ['RATE_LIMIT_MAX', '0'],
    ['RATE_LIMIT_WINDOW_MS', 'soon'],
    ['TRUST_PROXY', 'maybe'],
    ['PUBLIC_URL', 'smile.example'],
    ['CORS_ORIGIN', 'ftp://x.example'],
    ['NODE_ENV', 'staging'],
  ])('stops on a bad %s with one line naming it', (name, value) => {
    const parsed = parseEnv({ [name]: value });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.message.split('\n')).toHaveLength(1);
      expect(parsed.message).toMatch(new RegExp(`^Invalid environment variable ${name}: `));
    }
  });
});
