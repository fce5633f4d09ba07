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
});
