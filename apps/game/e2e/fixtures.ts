import { fileURLToPath } from 'node:url';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import type { PublicGameState, SceneKey } from '../src/test-seam/types.js';

export { expect };

/** Where the README's and the review's screenshots go. */
export function screenshotPath(name: string): string {
  return fileURLToPath(new URL(`./screenshots/${name}.png`, import.meta.url));
}

/**
 * Drives the game through its typed test seam (`window.__smileCurve`, the
 * same SmileCurveTestApi type the game installs) and through the keyboard.
 */
export class GameDriver {
  constructor(readonly page: Page) {}

  /** Opens the game in test mode, optionally straight into a game. */
  async open(params: { seed?: number; scenario?: string } = {}): Promise<void> {
    const q = new URLSearchParams({ test: '1' });
    if (params.seed !== undefined) q.set('seed', String(params.seed));
    if (params.scenario !== undefined) q.set('scenario', params.scenario);
    await this.page.goto(`/?${q.toString()}`);
  }

  async scene(): Promise<SceneKey | null> {
    return this.page.evaluate(() => window.__smileCurve?.scene ?? null);
  }

  /** Waits until `key` is on screen and ready (built, no animation pending). */
  async waitForScene(key: SceneKey, timeout = 15_000): Promise<void> {
    await this.page.waitForFunction(
      (k) => window.__smileCurve?.scene === k && window.__smileCurve.ready,
      key,
      { timeout },
    );
  }

  /** The public game state, or null before a game starts. */
  async state(): Promise<PublicGameState | null> {
    return this.page.evaluate(() => window.__smileCurve?.state() ?? null);
  }

  async requireState(): Promise<PublicGameState> {
    const state = await this.state();
    if (!state) throw new Error('No game in progress');
    return state;
  }

  /** Presses Tab (only the keyboard) until `target` has focus. */
  async tabTo(target: Locator, maxPresses = 120): Promise<void> {
    for (let i = 0; i < maxPresses; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${target.toString()}`);
  }
}

/** Console errors and failed requests, collected from every page a test watches. */
export class Problems {
  readonly errors: string[] = [];
  readonly failed: string[] = [];
  private readonly allowed: RegExp[] = [];

  /** Collects a page's console errors, page errors and failed requests. */
  watch(page: Page): void {
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.errors.push(msg.text());
    });
    page.on('pageerror', (err) => this.errors.push(err.message));
    page.on('requestfailed', (req) => {
      const error = req.failure()?.errorText ?? 'failed';
      // A font piece still downloading when the page navigates (a reload, the
      // next test step's goto) is cancelled by the browser: ERR_ABORTED, not a
      // fault — the text just draws in the fallback until the next page asks
      // again. A font that is missing or unreachable still fails the test
      // (a 4xx/5xx response below, or any other network error).
      if (error === 'net::ERR_ABORTED' && req.resourceType() === 'font') return;
      this.failed.push(`${error} ${req.url()}`);
    });
    page.on('response', (res) => {
      if (res.status() >= 400) this.failed.push(`${res.status()} ${res.url()}`);
    });
  }

  /** A test that cuts the network on purpose allows the failures it causes, and only those. */
  allow(pattern: RegExp): void {
    this.allowed.push(pattern);
  }

  unexpected(list: readonly string[]): string[] {
    return list.filter((entry) => !this.allowed.some((p) => p.test(entry)));
  }
}

export const test = base.extend<{ game: GameDriver; problems: Problems }>({
  /** Every test fails on a console error, a page error or a failed request. */
  problems: [
    async ({ page }, use) => {
      const problems = new Problems();
      problems.watch(page);
      await use(problems);
      expect(problems.unexpected(problems.errors), 'console errors').toEqual([]);
      expect(problems.unexpected(problems.failed), 'failed requests').toEqual([]);
    },
    { auto: true },
  ],
  game: async ({ page }, use) => {
    await use(new GameDriver(page));
  },
});
