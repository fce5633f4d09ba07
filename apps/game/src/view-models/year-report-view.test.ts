import { readFileSync } from 'node:fs';
import { getEvent, playGame, strategies } from '@smile-curve/domain';
import { describe, expect, it } from 'vitest';
import { milestoneView, yearReportView } from './year-report-view.js';

describe('year report view', () => {
  const game = playGame({ scenarioId: 'dongguan-electronics', seed: 11 }, strategies.balancedGic);

  it('reads every year as a summary, sentences, milestones and event outcomes', () => {
    for (const [i, report] of game.reports.entries()) {
      const mode = game.state.trail[i + 1]?.mode ?? 'OEM';
      const view = yearReportView(report, mode, getEvent, 'en');
      expect(view.summary).toContain(String(report.year));
      expect(view.lines.length).toBe(report.lines.length);
      expect(view.events.length).toBe(report.events.length);
      for (const text of view.events) expect(text).not.toMatch(/undefined/);
      for (const m of view.milestones) expect(m.text.length).toBeGreaterThan(0);
    }
  });

  it('names the event and the option chosen', () => {
    const report = game.reports.find((r) => r.events.some((e) => e.optionId !== null));
    expect(report).toBeDefined();
    if (!report) return;
    const view = yearReportView(report, 'OEM', getEvent, 'zh');
    expect(view.events.some((e) => e.includes('你选择了'))).toBe(true);
  });

  it('has words for every milestone the domain awards, and survives new ones', () => {
    for (const id of [
      'first-patent',
      'first-tie',
      'odm',
      'obm',
      'escaped-lock-in',
      'rnd-above-guangdong',
      'intelligent-manufacturing',
    ]) {
      expect(milestoneView(id, 'en').title).not.toBe(id);
      expect(milestoneView(id, 'zh').title).not.toBe(id);
    }
    const source = readFileSync(
      new URL('../../../../packages/domain/src/engine/report.ts', import.meta.url),
      'utf8',
    );
    for (const [, id = ''] of source.matchAll(/\['([a-z][a-z-]+)', /g)) {
      expect(milestoneView(id, 'en').title, id).not.toBe(id);
    }
    expect(milestoneView('moon-landing', 'en')).toEqual({
      id: 'moon-landing',
      title: 'moon-landing',
      text: '',
    });
  });
});
