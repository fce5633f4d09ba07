import { playGame, strategies } from '@smile-curve/domain';
import { expect, screenshotPath, test } from './fixtures.js';

test('the counterfactual replays the game with one change and the outcome differs', async ({
  page,
  game,
}) => {
  // A finished game, made by the domain in Node and saved the way the game saves.
  const played = playGame({ scenarioId: 'foshan-appliances', seed: 3 }, strategies.balancedGic);
  const save = {
    v: 1,
    runId: '5b1f7a54-0c7e-4c55-9d7e-1f1f2a1b6c01',
    scenarioId: 'foshan-appliances',
    seed: 3,
    daily: null,
    decisions: played.decisions,
  };
  await page.addInitScript((text) => {
    localStorage.setItem('smile-curve:save:v1', text);
  }, JSON.stringify(save));
  await game.open();
  await game.waitForScene('Debrief');
  const yours = await game.requireState();
  expect(yours.status).toBe('finished');

  await page.getByLabel('Year', { exact: true }).selectOption({ label: '2013' });
  await page.getByLabel('Lever').selectOption({ label: 'Applied R&D' });
  await expect(page.getByText(/^You spent CNY [\d.]+ m on it that year\.$/)).toBeVisible();
  await page.getByLabel('New amount (million CNY)').fill('0');
  await page.getByRole('button', { name: 'Replay with the change' }).click();

  const table = page.getByRole('table', { name: 'Your game and the counterfactual' });
  await expect(table).toBeVisible();
  const cells = async (row: RegExp): Promise<string[]> =>
    table.getByRole('row', { name: row }).getByRole('cell').allTextContents();
  const [mineTotal, theirTotal] = await cells(/^Total/);
  expect(mineTotal).toBe(String(yours.score?.total));
  const [mineProfit, theirProfit] = await cells(/^Net profit over the game/);
  expect(`${theirTotal ?? ''} ${theirProfit ?? ''}`).not.toBe(
    `${mineTotal ?? ''} ${mineProfit ?? ''}`,
  );
  await expect(page.getByText(/^The change (would have|makes)/)).toBeVisible();
  await page.screenshot({ path: screenshotPath('counterfactual') });
  // The game itself is untouched.
  expect((await game.requireState()).game).toEqual(yours.game);

  // A refused change says why, next to the amount.
  await page.getByLabel('New amount (million CNY)').fill('999999');
  await page.getByRole('button', { name: 'Replay with the change' }).click();
  await expect(page.getByText(/^⚠ Spending \d+ exceeds/)).toBeVisible();
});
