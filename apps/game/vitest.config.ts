import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Suites run side by side under turbo on two cores; whole-game sweeps can take
    // seconds there. Speed goals live in `pnpm bench`, not in test timeouts.
    testTimeout: 60_000,
    // Playwright specs live in e2e/ and run under `pnpm test:e2e`, not here.
    include: ['src/**/*.test.ts'],
  },
});
