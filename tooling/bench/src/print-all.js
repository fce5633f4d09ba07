// Prints one combined table of every suite in bench/results and exits 1 when a
// metric misses its bar.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { formatTable, resultsDir, verdict } from './index.js';
import { writePerformanceDoc } from './performance-doc.js';

const files = existsSync(resultsDir)
  ? readdirSync(resultsDir).filter((f) => f.endsWith('.json'))
  : [];
let failed = 0;
/** @type {Record<string, import('./index.js').Metric>} */
const all = {};
/** @type {Array<{ suite: string, metrics: Record<string, import('./index.js').Metric> }>} */
const results = [];
for (const file of files.sort()) {
  /** @type {{ suite: string, metrics: Record<string, import('./index.js').Metric> }} */
  const result = JSON.parse(readFileSync(`${resultsDir}${file}`, 'utf8'));
  results.push(result);
  for (const [name, metric] of Object.entries(result.metrics)) {
    all[`${result.suite}.${name}`] = metric;
    if (verdict(metric) === 'FAIL') failed++;
  }
}
console.log(`\nAll benchmark results\n${formatTable('', all)}`);
writePerformanceDoc(results);
if (failed > 0) {
  console.error(`\n${failed} metric(s) missed their bar.`);
  process.exit(1);
}
