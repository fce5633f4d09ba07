import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NODE_FLAGS } from '../src/node-flags.js';

describe('the Node.js flags the server runs with', () => {
  it('are the ones `pnpm start` uses (the serve script), so the benches measure what users run', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.serve).toBe(['node', ...NODE_FLAGS, 'dist/index.js'].join(' '));
  });
});
