// @ts-check
// The one place the game bench reads its environment (the lint rule that keeps
// process.env in env modules exempts bench/**/*.ts; these are .mjs files).
/* eslint-disable no-restricted-syntax */

/** Debian's Chromium, as in playwright.config.ts; CHROMIUM_PATH overrides it. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The environment for the server child: only what it needs, so nothing from the
 * caller's shell changes its settings. NODE_ENV stays unset, as under `pnpm start`.
 * @param {string} databaseUrl
 * @returns {NodeJS.ProcessEnv}
 */
export function serverEnv(databaseUrl) {
  return {
    PATH: process.env.PATH ?? '',
    HOST: '127.0.0.1',
    // 0: the OS picks a free port; the server prints the URL it answers on.
    PORT: '0',
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
  };
}
