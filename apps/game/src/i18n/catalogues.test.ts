import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as d from '@smile-curve/domain';
import { describe, expect, it } from 'vitest';
import { eventSourcesZh } from './event-sources-zh.js';
import { glossaryEn } from './glossary-en.js';
import { glossaryZh } from './glossary-zh.js';
import { learnEn } from './learn-en.js';
import { learnZh } from './learn-zh.js';
import { mechanismsEn } from './mechanisms-en.js';
import { mechanismsZh } from './mechanisms-zh.js';
import { reportEn } from './report-en.js';
import { reportZh } from './report-zh.js';
import { termsEn } from './terms-en.js';
import { termsZh } from './terms-zh.js';
import { uiEn } from './ui-en.js';
import { uiZh } from './ui-zh.js';

/** Every leaf of a catalogue as [path, value]: strings, and the report's sentence functions. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }
  return [[path, value]];
}

const CATALOGUES: Record<string, readonly [unknown, unknown]> = {
  ui: [uiEn, uiZh],
  learn: [learnEn, learnZh],
  glossary: [glossaryEn, glossaryZh],
  terms: [termsEn, termsZh],
  mechanisms: [mechanismsEn, mechanismsZh],
  report: [reportEn, reportZh],
};

const placeholders = (s: string): string[] =>
  [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe.each(Object.entries(CATALOGUES))('the %s catalogue', (_name, [en, zh]) => {
  const enLeaves = new Map(leaves(en));
  const zhLeaves = new Map(leaves(zh));

  it('has the same keys in English and Chinese', () => {
    expect([...zhLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
  });

  it('has no empty string in either language', () => {
    const empty = [...enLeaves, ...zhLeaves]
      .filter(([, v]) => typeof v === 'string' && v.trim() === '')
      .map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('uses the same {placeholders} in both languages', () => {
    const differ = [...enLeaves]
      .filter(([, v]) => typeof v === 'string')
      .filter(([k, v]) => {
        const other = zhLeaves.get(k);
        return (
          typeof other !== 'string' ||
          placeholders(other).join() !== placeholders(v as string).join()
        );
      })
      .map(([k]) => k);
    expect(differ).toEqual([]);
  });
});

/** The game's source outside the catalogues and the tests. */
function sourceText(): string {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
    (f) =>
      f.endsWith('.ts') && !f.endsWith('.test.ts') && !/(^|\/)i18n\/[a-z]+-(en|zh)\.ts$/.test(f),
  );
  return files.map((f) => readFileSync(join(root, f), 'utf8')).join('\n');
}

describe('every flat catalogue key is used by the game', () => {
  const source = sourceText();
  // Keys built at run time from a literal prefix: t(`settings.textSize.${size}`).
  const prefixes = [...source.matchAll(/`([\w.]+\.)\$\{/g)].map((m) => m[1] ?? '');
  const used = (key: string): boolean =>
    source.includes(`'${key}'`) || prefixes.some((p) => key.startsWith(p));

  it.each([
    ['ui', Object.keys(uiEn)],
    ['learn', Object.keys(learnEn)],
  ])('no unused key in the %s catalogue', (_name, keys) => {
    expect(keys.filter((k) => !used(k))).toEqual([]);
  });
});

describe('event sources', () => {
  it('every event a scenario can draw has its source in Chinese', () => {
    const ids = new Set(d.listScenarios().flatMap((s) => s.events.map((e) => e.eventId)));
    const missing = [...ids].filter((id) => (eventSourcesZh[id] ?? '').trim() === '');
    expect(missing).toEqual([]);
  });
});
