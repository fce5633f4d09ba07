// Shared benchmark output: every suite writes bench/results/<suite>.json in one
// shape and prints the same table, so `pnpm bench` reads as one report.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const resultsDir = fileURLToPath(new URL('../../../bench/results/', import.meta.url));

/**
 * @typedef {object} Metric
 * @property {number} value
 * @property {string} unit
 * @property {'higher' | 'lower'} better
 * @property {number} [bar] the threshold the value must meet (>= for higher, <= for lower)
 */

/**
 * @param {Metric} metric
 * @returns {'pass' | 'FAIL' | ''}
 */
export function verdict(metric) {
  if (metric.bar === undefined) return '';
  const ok = metric.better === 'higher' ? metric.value >= metric.bar : metric.value <= metric.bar;
  return ok ? 'pass' : 'FAIL';
}

/**
 * @param {string} suite
 * @param {Record<string, Metric>} metrics
 * @returns {string}
 */
export function formatTable(suite, metrics) {
  const rows = Object.entries(metrics).map(([name, m]) => [
    suite ? `${suite}.${name}` : name,
    Number.isInteger(m.value) ? String(m.value) : m.value.toFixed(3),
    m.unit,
    m.bar === undefined ? '' : `${m.better === 'higher' ? '>=' : '<='} ${m.bar}`,
    verdict(m),
  ]);
  const header = ['metric', 'value', 'unit', 'bar', 'result'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (/** @type {string[]} */ cells) =>
    cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/**
 * Writes bench/results/<suite>.json and prints the suite's table.
 * @param {string} suite
 * @param {Record<string, Metric>} metrics
 * @param {Record<string, unknown>} [context] machine facts, dates, settings
 */
export function writeBenchResults(suite, metrics, context = {}) {
  mkdirSync(resultsDir, { recursive: true });
  const file = `${resultsDir}${suite}.json`;
  writeFileSync(file, `${JSON.stringify({ suite, metrics, context }, null, 2)}\n`);
  console.log(`\n${formatTable(suite, metrics)}\n(written to bench/results/${suite}.json)`);
}
