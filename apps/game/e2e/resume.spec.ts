import type { Page } from '@playwright/test';
import { expect, test, type GameDriver } from './fixtures.js';

async function playYear(page: Page, game: GameDriver): Promise<void> {
  await game.waitForScene('Play');
  await page.getByLabel('Process upgrading').fill('2');
  await page.getByLabel('Applied R&D').fill('3');
  for (const card of await page.locator('fieldset.event-card').all()) {
    await card.getByRole('radio').first().check();
  }
  await page.getByRole('button', { name: /^End \d+$/ }).click();
  await game.waitForScene('YearReport');
  await page.getByRole('button', { name: /^Continue to \d+$/ }).click();
}

test('a reload in the middle resumes at the same year with the same state', async ({
  page,
  game,
}) => {
  await game.open({ seed: 42, scenario: 'foshan-appliances' });
  for (let i = 0; i < 3; i++) await playYear(page, game);
  await game.waitForScene('Play');
  const before = await game.requireState();
  expect(before.turn).toBe(3);
  // The seed and scenario left the URL once the game started: a reload resumes the save.
  expect(page.url()).not.toContain('seed=');

  await page.reload();
  await game.waitForScene('Play');
  const after = await game.requireState();
  expect(after.game).toEqual(before.game);
  expect(after.decisions).toEqual(before.decisions);
  expect(after.runId).toBe(before.runId);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${before.year} · year 4 of 16`);
  await expect(page.getByRole('status').filter({ hasText: 'Welcome back' })).toBeVisible();
});

test('a corrupt save becomes a notice and a fresh start, never a crash', async ({ page, game }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('smile-curve:save:v1', '{"v":1,"runId":');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await game.open();
  await game.waitForScene('Title');
  await expect(page.getByRole('status')).toContainText('could not be read');
  expect(await game.state()).toBeNull();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('a refused decision shows the domain message by its field and changes nothing', async ({
  page,
  game,
}) => {
  await game.open({ seed: 42, scenario: 'foshan-appliances' });
  await game.waitForScene('Play');
  const before = await game.requireState();
  await page.getByLabel('Basic research').fill('100000');
  for (const card of await page.locator('fieldset.event-card').all()) {
    await card.getByRole('radio').first().check();
  }
  await expect(page.getByRole('status').filter({ hasText: 'Over budget' })).toBeVisible();
  await page.getByRole('button', { name: /^End \d+$/ }).click();
  await expect(page.getByRole('alert')).toContainText('The year was not played: Spending');
  await expect(page.getByText(/^⚠ Spending \d+ exceeds the \d+ available\.$/)).toBeVisible();
  expect(await game.scene()).toBe('Play');
  expect((await game.requireState()).game).toEqual(before.game);

  await page.getByLabel('Basic research').fill('2.5');
  await page.getByRole('button', { name: /^End \d+$/ }).click();
  await expect(page.getByLabel('Basic research')).toHaveAttribute('aria-invalid', 'true');
  expect((await game.requireState()).turn).toBe(0);
});
