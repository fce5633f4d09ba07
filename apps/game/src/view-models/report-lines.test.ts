import {
  ARCHETYPES,
  playGame,
  strategies,
  listScenarios,
  MECHANISM_IDS,
  type ReportLine,
} from '@smile-curve/domain';
import { describe, expect, it } from 'vitest';
import { REPORT_KEYS } from '../i18n/report-keys.js';
import { reportEn } from '../i18n/report-en.js';
import { reportZh } from '../i18n/report-zh.js';
import { mechanismText } from '../i18n/mechanisms.js';
import { reportLineView } from './report-lines.js';

describe('year-report messages', () => {
  it('translate every key the domain declares, in both languages', () => {
    for (const key of REPORT_KEYS) {
      expect(typeof reportEn[key], key).toBe('function');
      expect(typeof reportZh[key], key).toBe('function');
    }
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
    // A line from a newer engine, e.g. a stored run read back.
    const fromNewerEngine = JSON.parse(
      '{ "mechanism": "smileCurve", "key": "brand.new", "values": { "share": 0.5 } }',
    ) as ReportLine;
    const view = reportLineView(fromNewerEngine, 'en');
    expect(view.sentence).toBe('The smile curve: share 0.5');
  });

  it('writes plain sentences with numbers in words a student reads', () => {
    const line = {
      mechanism: 'illusionOfProgress' as const,
      key: 'illusion.flat' as const,
      values: { efficiencyGain: 0.12, knowledgeChange: 0.3, learnt: 0.2, dependence: 0.43 },
    };
    expect(reportLineView(line, 'en').sentence).toBe(
      'Licensing changed your efficiency by +12 %, but your own knowledge barely grew (+0.3): the illusion of technological progress. Dependence on foreign technology is 43 %.',
    );
    expect(reportLineView(line, 'zh').sentence).toContain('技术进步的幻觉');
  });
});

describe('Chinese year-report sentences', () => {
  it('give a fall in value-added share without a plus sign', () => {
    const line = {
      mechanism: 'smileCurve' as const,
      key: 'smile.share' as const,
      values: { valueAddedShare: 0.07, change: -0.001, position: 0.51 },
    };
    const sentence = reportLineView(line, 'zh').sentence;
    expect(sentence).toContain('下降0.1');
    expect(sentence).not.toContain('+');
  });
});
