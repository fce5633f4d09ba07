// Adds up the vitest and Playwright JSON reports of a CI run and prints the
// closing line "N passed, N failed[, N skipped]".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const reportsDir = process.argv[2] ?? '.ci/reports';
let passed = 0;
let failed = 0;
let skipped = 0;

for (const group of ['apps', 'packages', 'tooling']) {
  if (!existsSync(group)) continue;
  for (const pkg of readdirSync(group)) {
    const file = join(group, pkg, '.ci-vitest.json');
    if (!existsSync(file)) continue;
    const r = JSON.parse(readFileSync(file, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += r.numPendingTests + (r.numTodoTests ?? 0);
    console.log(`vitest ${group}/${pkg}: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
  }
}

const pw = join(reportsDir, 'playwright.json');
if (existsSync(pw)) {
  const s = JSON.parse(readFileSync(pw, 'utf8')).stats;
  passed += s.expected + s.flaky;
  failed += s.unexpected;
  skipped += s.skipped;
  console.log(`playwright: ${s.expected + s.flaky} passed, ${s.unexpected} failed`);
}

console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
if (passed === 0) {
  console.error('No test ran.');
  process.exit(1);
}
