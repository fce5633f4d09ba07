import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Suites run side by side under turbo on two cores and some start servers or
    // databases. Speed goals live in `pnpm bench`, not in test timeouts.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
