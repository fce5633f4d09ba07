import { expect, test } from './fixtures.js';

test('spending everything on ties with borrowed money ends in bankruptcy and a debrief', async ({
  page,
  game,
}) => {
  test.setTimeout(120_000);
  await game.open({ seed: 7, scenario: 'foshan-appliances' });
  for (let year = 0; year < 16; year++) {
    await game.waitForScene('Play');
    const { budget } = await game.requireState();
    for (const card of await page.locator('fieldset.event-card').all()) {
      await card
        .getByRole('radio', { name: /no cost/ })
        .first()
        .check();
    }
    await page.getByLabel('Global innovation ties').fill(String(budget.cash + budget.credit));
    if (budget.credit > 0)
      await page.getByLabel('Borrow from the bank').fill(String(budget.credit));
    await page.getByRole('button', { name: /^End \d+$/ }).click();
    await game.waitForScene('YearReport');
    if ((await game.requireState()).status === 'bankrupt') break;
    await page.getByRole('button', { name: /^Continue to \d+$/ }).click();
  }
  const state = await game.requireState();
  expect(state.status).toBe('bankrupt');
  await expect(page.getByText('The firm ran out of cash: it is bankrupt.')).toBeVisible();
  await page.getByRole('button', { name: 'See the debrief' }).click();
  await game.waitForScene('Debrief');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Bankrupt in ${state.year - 1}`);
  await expect(page.getByRole('row', { name: /Survival/ })).toContainText('0');
  expect(state.score?.survival).toBe(0);
});
