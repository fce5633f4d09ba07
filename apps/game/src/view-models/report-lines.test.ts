import { readFileSync } from 'node:fs';
import {
  ARCHETYPES,
  playGame,
  strategies,
  listScenarios,
  MECHANISM_IDS,
} from '@smile-curve/domain';
import { describe, expect, it } from 'vitest';
import { REPORT_KEYS } from '../i18n/report-keys.js';
import { mechanismText } from '../i18n/mechanisms.js';
import { reportLineView } from './report-lines.js';

/** The keys the domain's report source can emit: every 'word.word' literal in report.ts. */
function keysInDomainSource(): string[] {
  const source = readFileSync(
    new URL('../../../../packages/domain/src/engine/report.ts', import.meta.url),
    'utf8',
  );
  return [...new Set([...source.matchAll(/'([a-z]+\.[a-z]+)'/g)].map((m) => m[1] ?? ''))];
}

describe('year-report messages', () => {
  it('cover every key the domain source emits', () => {
    const known = new Set<string>(REPORT_KEYS);
    const missing = keysInDomainSource().filter((k) => !known.has(k));
    expect(missing).toEqual([]);
  });

  it('explain every mechanism in both languages, with a source', () => {
    for (const id of MECHANISM_IDS) {
      for (const lang of ['en', 'zh'] as const) {
        const m = mechanismText(lang, id);
        expect(m.explain.length, `${lang} ${id}`).toBeGreaterThan(20);
        expect(m.source.length, `${lang} ${id}`).toBeGreaterThan(3);
      }
    }
  });

  it('turn every line of real games into clean sentences in both languages', () => {
    const seen = new Set<string>();
    for (const scenario of listScenarios()) {
      for (const name of [...ARCHETYPES, 'gicWithTraining'] as const) {
        for (const seed of [1, 2]) {
          const game = playGame({ scenarioId: scenario.id, seed }, strategies[name]);
          for (const report of game.reports) {
            for (const line of report.lines) {
              seen.add(line.key);
              for (const lang of ['en', 'zh'] as const) {
                const view = reportLineView(line, lang);
                expect(view.sentence, line.key).not.toMatch(/undefined|NaN|\{|\}/);
                expect(REPORT_KEYS, line.key).toContain(line.key);
              }
            }
          }
        }
      }
    }
    expect(seen.size).toBeGreaterThan(15);
  });

  it('reads a key it does not know from its values instead of failing', () => {
    const view = reportLineView(
      { mechanism: 'smileCurve', key: 'brand.new', values: { share: 0.5 } },
      'en',
    );
    expect(view.sentence).toBe('The smile curve: share 0.5');
  });

  it('writes plain sentences with numbers in words a student reads', () => {
    const line = {
      mechanism: 'illusionOfProgress' as const,
      key: 'illusion.flat',
      values: { efficiencyGain: 0.12, knowledgeChange: 0.3, learnt: 0.2, dependence: 0.43 },
    };
    expect(reportLineView(line, 'en').sentence).toBe(
      'Licensing changed your efficiency by +12 %, but your own knowledge barely grew (+0.3): the illusion of technological progress. Dependence on foreign technology is 43 %.',
    );
    expect(reportLineView(line, 'zh').sentence).toContain('技术进步的幻觉');
  });
});
