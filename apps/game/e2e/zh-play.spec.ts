import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { learn$, termsOf, ui$, uiPattern } from './support/catalogues.js';

const docsShot = (name: string): string =>
  fileURLToPath(new URL(`../../../docs/screenshots/${name}.png`, import.meta.url));

/** Latin words that may stay in a Chinese screen: proper nouns and the model's abbreviations. */
const ALLOWED = new Set([
  ...['OEM', 'ODM', 'OBM', 'GVC', 'GIC', 'GDP', 'MNC', 'IP', 'USA'],
  ...['Humphrey', 'Schmitz', 'Koopman', 'Cohen', 'Levinthal', 'Shih'],
]);

/** Latin-script words (two letters or more) left on the screen that are not allowed names. */
async function englishLeft(page: Page): Promise<string[]> {
  const text = await page.locator('#ui').innerText();
  const words = text.match(/[A-Za-z][A-Za-z'’-]*[A-Za-z]/g) ?? [];
  return [...new Set(words.filter((w) => !ALLOWED.has(w)))];
}

test('in 中文, a full year is played with no English left on the play screen', async ({
  page,
  game,
}) => {
  test.setTimeout(120_000);
  const fontFiles: { url: string; type: string | undefined }[] = [];
  page.on('response', (res) => {
    if (res.url().endsWith('.woff2'))
      fontFiles.push({ url: res.url(), type: res.headers()['content-type'] });
  });
  await game.open();
  await game.waitForScene('Title');
  await page.getByRole('button', { name: '中文' }).click();
  await game.open({ seed: 11, scenario: 'dongguan-electronics' });
  await game.waitForScene('Play');
  const start = await game.requireState();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`${start.year}`);
  expect(await englishLeft(page)).toEqual([]);

  // An indicator's label opens its glossary entry, English and Chinese side by side.
  const label = page.getByRole('button', { name: ui$('zh', 'ind.valueAdded') });
  await label.click();
  const dialog = page.getByRole('dialog', { name: learn$('zh', 'learn.glossary') });
  await expect(dialog).toBeVisible();
  const entry = dialog.getByRole('heading', { name: '增加值占比 · Value-added share' });
  await expect(entry).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(label).toBeFocused();

  const levers = termsOf.zh.levers;
  for (const [lever, amount] of [
    [levers.process.label, '2'],
    [levers.appliedRnd.label, '2'],
    [levers.training.label, '1'],
  ] as const) {
    await page.getByLabel(lever, { exact: true }).fill(amount);
  }
  for (const card of await page.locator('fieldset.event-card').all()) {
    await card.getByRole('radio').first().check();
  }
  await page.getByRole('button', { name: ui$('zh', 'play.endYear', { year: start.year }) }).click();
  await game.waitForScene('YearReport');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    ui$('zh', 'report.heading', { year: start.year }),
  );
  await page.getByRole('button', { name: uiPattern('zh', 'report.continue') }).click();
  await game.waitForScene('Play');
  const next = await game.requireState();
  expect(next.year).toBe(start.year + 1);
  expect(next.decisions).toHaveLength(1);
  expect(await englishLeft(page)).toEqual([]);
  // The canvas has a name, and a polite live summary says what it shows.
  await expect(page.getByRole('img', { name: ui$('zh', 'world.canvas') })).toBeAttached();
  await expect(page.locator('#world-summary')).toContainText(
    `${start.year}年你的企业：代工（OEM）`,
  );
  await expect(page.locator('#world-summary')).toHaveAttribute('aria-live', 'polite');
  // The shipped Noto Sans SC draws the Chinese (DOM and canvas), from the game's own server.
  // check() alone is also true for a family nobody declared, so a loaded face of it must exist too.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          document.fonts.check('16px "Noto Sans SC"', '微笑曲线') &&
          [...document.fonts].some(
            (face) => face.family.replace(/"/g, '') === 'Noto Sans SC' && face.status === 'loaded',
          ),
      ),
    )
    .toBe(true);
  expect(fontFiles.length).toBeGreaterThan(0);
  for (const file of fontFiles) {
    expect(new URL(file.url).origin).toBe(new URL(page.url()).origin);
    expect(file.type).toBe('font/woff2');
  }
  await page.screenshot({ path: docsShot('play-zh') });
});
