// Prints one combined table of every suite in bench/results and exits 1 when a
// metric misses its bar.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { formatTable, resultsDir, verdict } from './index.js';

const files = existsSync(resultsDir)
  ? readdirSync(resultsDir).filter((f) => f.endsWith('.json'))
  : [];
let failed = 0;
/** @type {Record<string, import('./index.js').Metric>} */
const all = {};
for (const file of files.sort()) {
  /** @type {{ suite: string, metrics: Record<string, import('./index.js').Metric> }} */
  const result = JSON.parse(readFileSync(`${resultsDir}${file}`, 'utf8'));
  for (const [name, metric] of Object.entries(result.metrics)) {
    all[`${result.suite}.${name}`] = metric;
    if (verdict(metric) === 'FAIL') failed++;
  }
}
console.log(`\nAll benchmark results\n${formatTable('', all)}`);
if (failed > 0) {
  console.error(`\n${failed} metric(s) missed their bar.`);
  process.exit(1);
}
