import type { Fmt } from './format.js';
import type { Terms } from './terms.js';

/**
 * Every message key the domain's year report emits (packages/domain/src/engine/report.ts,
 * `add('…')`). A test checks this list against the domain's source and against real games.
 */
export const REPORT_KEYS = [
  'gvc.result',
  'gvc.process',
  'smile.share',
  'exposure.shock',
  'illusion.flat',
  'illusion.learning',
  'knowledge.created',
  'absorb.low',
  'absorb.ok',
  'search.matched',
  'search.none',
  'gic.up',
  'gic.down',
  'spill.infringed',
  'spill.leak',
  'circle.patents',
  'upgrade.odm',
  'upgrade.obm',
  'digital.phase',
  'lockin.locked',
  'lockin.escaped',
  'lockin.risk',
  'eco.changed',
  'governance.captive',
  'governance.relational',
  'liquidity.bankrupt',
  'liquidity.cash',
] as const;
export type ReportKey = (typeof REPORT_KEYS)[number];

/** Reads one of the line's values (0 when the domain did not send it). */
export type ValueOf = (name: string) => number;

/** A sentence from a report line's values. */
export type ReportMessage = (v: ValueOf, f: Fmt, words: Terms) => string;

export function isReportKey(key: string): key is ReportKey {
  return (REPORT_KEYS as readonly string[]).includes(key);
}
