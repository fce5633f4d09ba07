import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { domainPurity } from '../src/domain-purity.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Lints `code` as if it were a file of packages/domain/src with the purity rules. */
async function lintAsDomainSource(code: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: repoRoot,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
      domainPurity,
    ],
  });
  const [result] = await eslint.lintText(code, {
    filePath: `${repoRoot}packages/domain/src/violation.ts`,
  });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('domain purity rule', () => {
  it.each([
    ["import Phaser from 'phaser';", 'no-restricted-imports'],
    ["import Fastify from 'fastify';", 'no-restricted-imports'],
    ["import { readFileSync } from 'node:fs';", 'no-restricted-imports'],
    ["import Database from 'better-sqlite3';", 'no-restricted-imports'],
    ["import pg from 'pg';", 'no-restricted-imports'],
    ['export const roll = Math.random();', 'no-restricted-properties'],
    ['export const now = Date.now();', 'no-restricted-properties'],
    ['export const today = new Date();', 'no-restricted-syntax'],
    ['export const e = Math.exp(1);', 'no-restricted-properties'],
    ['export const p = Math.pow(2, 0.5);', 'no-restricted-properties'],
    ['export const q = 2 ** 0.5;', 'no-restricted-syntax'],
    ['export const w = window.innerWidth;', 'no-restricted-globals'],
    ["export const el = document.createElement('div');", 'no-restricted-globals'],
    ['export const env = process.env;', 'no-restricted-globals'],
  ])('fires on %s', async (code, rule) => {
    const messages = await lintAsDomainSource(code);
    expect(messages.some((m) => m.startsWith(`${rule}:`))).toBe(true);
  });

  it('accepts pure code that uses zod and the seeded PRNG', async () => {
    const code = [
      "import { z } from 'zod';",
      "import { nextFloat } from './prng/prng.js';",
      'export const Schema = z.object({ x: z.number() });',
      'export const use = nextFloat;',
      'export const max = Math.max(1, 2);',
      'export const root = Math.sqrt(2);',
    ].join('\n');
    expect(await lintAsDomainSource(code)).toEqual([]);
  });

  it('is wired into the repository lint config for the domain source', async () => {
    const eslint = new ESLint({ cwd: repoRoot });
    const config = (await eslint.calculateConfigForFile(
      `${repoRoot}packages/domain/src/index.ts`,
    )) as { rules: Record<string, unknown> };
    expect(config.rules['no-restricted-properties']).toBeDefined();
    expect(config.rules['no-restricted-globals']).toBeDefined();
    const gameConfig = (await eslint.calculateConfigForFile(
      `${repoRoot}apps/game/src/main.ts`,
    )) as { rules: Record<string, unknown> };
    expect(gameConfig.rules['no-restricted-properties']).toBeUndefined();
  });
});
