import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fingerprints } from './fingerprint.js';

// Written once from the engine before any performance work (`tsx test/golden/write.ts`);
// regenerate only for a deliberate model change with an ENGINE_VERSION bump.
const expected = JSON.parse(
  readFileSync(new URL('./expected.json', import.meta.url), 'utf8'),
) as Record<string, string>;

describe('golden fingerprints', () => {
  it('every scenario × bot × seed plays, replays and explains bit-identically', () => {
    expect(fingerprints()).toEqual(expected);
  });
});
