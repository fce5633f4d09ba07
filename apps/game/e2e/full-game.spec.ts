import { expect, screenshotPath, test } from './fixtures.js';

// A fixed UTC day makes the daily challenge's seed, and so the whole game, reproducible.
const DAY = new Date('2026-03-02T09:00:00Z');

test('a full daily-challenge game from the title to the debrief, by keyboard only', async ({
  page,
  game,
}) => {
  // 16 years by Tab alone; "Skip to decisions" (the first tab stop) jumps the 16 glossary buttons.
  // 330 s on a 2-core machine at load 10+ (without the skip link it ran out of 420 s there).
  test.setTimeout(400_000);
  await page.clock.setFixedTime(DAY);
  await game.open();
  await game.waitForScene('Title');
  await page.screenshot({ path: screenshotPath('title') });

  await game.tabTo(page.getByRole('button', { name: 'Daily challenge' }));
  await page.keyboard.press('Enter');
  await game.waitForScene('ScenarioChoice');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Daily challenge, 2026-03-02');
  await game.tabTo(page.getByRole('button', { name: /^Start: Foshan/ }));
  await page.keyboard.press('Enter');

  for (let year = 0; year < 40; year++) {
    await game.waitForScene('Play');
    const state = await game.requireState();
    expect(state.daily).toBe('2026-03-02');
    expect(state.decisions.length).toBe(year);

    // The first Tab stop skips the indicators (each label a glossary button) to the first decision.
    const skip = page.getByRole('button', { name: 'Skip to decisions' });
    await page.keyboard.press('Tab');
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Process upgrading')).toBeFocused();

    // A modest plan: process, applied R&D and training, and the first option of every card.
    for (const [label, amount] of [
      ['Process upgrading', '2'],
      ['Applied R&D', '2'],
      ['Training and learning', '1'],
    ] as const) {
      await game.tabTo(page.getByLabel(label));
      await page.keyboard.type(amount);
    }
    for (const card of await page.locator('fieldset.event-card').all()) {
      await game.tabTo(card.getByRole('radio').first());
      await page.keyboard.press('Space');
      await expect(card.getByRole('radio').first()).toBeChecked();
    }
    await expect(page.getByRole('status').filter({ hasText: 'Planned' })).toContainText(
      'Planned CNY',
    );
    if (year === 1) await page.screenshot({ path: screenshotPath('play') });
    await game.tabTo(page.getByRole('button', { name: `End ${state.year}` }));
    await page.keyboard.press('Enter');

    await game.waitForScene('YearReport');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${state.year} in review`);
    if (year === 1) {
      // Every line opens its "Why?" by keyboard, too.
      const why = page.getByText(/^Why\? /).first();
      await game.tabTo(why);
      await page.keyboard.press('Enter');
      await expect(page.locator('details[open]').first()).toContainText('Source:');
      await page.screenshot({ path: screenshotPath('year-report') });
    }
    const next = page.getByRole('button', { name: /^(Continue to \d+|See the debrief)$/ });
    const over = (await next.textContent()) === 'See the debrief';
    await game.tabTo(next);
    await page.keyboard.press('Enter');
    if (over) break;
  }

  await game.waitForScene('Debrief');
  const final = await game.requireState();
  expect(final.status).toBe('finished');
  expect(final.decisions.length).toBe(16);
  expect(final.score?.total).toBeGreaterThan(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your firm after 16 years');
  await expect(
    page.getByRole('heading', { name: `Score: ${final.score?.total ?? 0}` }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Decisive moments' })).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Value-added share' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('debrief') });
});
