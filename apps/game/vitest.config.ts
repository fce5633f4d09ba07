import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Playwright specs live in e2e/ and run under `pnpm test:e2e`, not here.
    include: ['src/**/*.test.ts'],
  },
});
