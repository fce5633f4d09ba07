import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Never download browsers: use Debian's Chromium (apt-get install -y chromium).
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  throw new Error(
    `No Chromium at ${chromiumPath}. Install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH.`,
  );
}

const port = Number(process.env.E2E_PORT ?? 4317);
const isCI = process.env.CI === 'true';

export default defineConfig({
  testDir: './e2e',
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: 2,
  reporter: isCI
    ? [
        ['list'],
        ['html', { open: 'never' }],
        ['json', { outputFile: '../../.ci/reports/playwright.json' }],
      ]
    : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // No video: Playwright would need to download its own ffmpeg. The trace
    // keeps a screencast of every step instead.
    video: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: { executablePath: chromiumPath } },
    },
  ],
  webServer: {
    // The same command a user runs: build what is missing, then one process.
    command: 'pnpm --dir ../.. start',
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: !isCI,
    timeout: 180_000,
    env: { PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdout: 'pipe',
  },
});
