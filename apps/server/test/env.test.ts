import { describe, expect, it } from 'vitest';
import { parseEnv } from '../src/env.js';

describe('environment configuration', () => {
  it('defaults to port 3000 on all interfaces', () => {
    const parsed = parseEnv({});
    expect(parsed).toMatchObject({
      ok: true,
      env: { PORT: 3000, HOST: '0.0.0.0', LOG_LEVEL: 'info' },
    });
  });

  it('names the variable and the problem in one line', () => {
    const parsed = parseEnv({ PORT: 'eighty' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.message.split('\n')).toHaveLength(1);
      expect(parsed.message).toMatch(/^Invalid environment variable PORT: /);
    }
  });

  it('refuses an unknown log level', () => {
    const parsed = parseEnv({ LOG_LEVEL: 'loud' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain('LOG_LEVEL');
  });

  it('accepts PostgreSQL and SQLite database URLs, and no other scheme', () => {
    for (const url of ['postgres://u@h/db', 'postgresql://u@h/db', 'file:./x.db', ':memory:']) {
      expect(parseEnv({ DATABASE_URL: url })).toMatchObject({
        ok: true,
        env: { DATABASE_URL: url },
      });
    }
    const parsed = parseEnv({ DATABASE_URL: 'mysql://u@h/db' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(/^Invalid environment variable DATABASE_URL: /);
  });

  it('takes an optional Redis URL for shared rate limits, and a key prefix', () => {
    const defaults = parseEnv({});
    expect(defaults).toMatchObject({ ok: true, env: { REDIS_KEY_PREFIX: 'smile-curve:' } });
    expect(defaults.ok && defaults.env.REDIS_URL).toBeUndefined();
    for (const url of ['redis://127.0.0.1:6379', 'rediss://user:pw@cache.example:6380/2']) {
      expect(parseEnv({ REDIS_URL: url })).toMatchObject({ ok: true, env: { REDIS_URL: url } });
    }
    for (const [name, value] of [
      ['REDIS_URL', 'http://127.0.0.1:6379'],
      ['REDIS_URL', '127.0.0.1:6379'],
      ['REDIS_KEY_PREFIX', 'two words'],
      ['REDIS_KEY_PREFIX', ''],
    ] as const) {
      const parsed = parseEnv({ [name]: value });
      expect(parsed.ok, `${name}=${value}`).toBe(false);
      if (!parsed.ok)
        expect(parsed.message).toMatch(new RegExp(`^Invalid environment variable ${name}: `));
    }
  });
});
