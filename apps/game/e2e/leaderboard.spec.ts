import { expect, GameDriver, test } from './fixtures.js';
import { nickname, openFinishedGame } from './finished-game.js';

test('a finished run is submitted, verified and shown on the leaderboard', async ({
  page,
  game,
}) => {
  const total = await openFinishedGame(page, game, 3);
  const name = nickname();
  await page.getByLabel('Nickname').fill(name);
  await page.getByRole('button', { name: 'Submit my run' }).click();
  const status = page.getByRole('status').filter({ hasText: /Submitted as|Waiting|Not on/ });
  await expect(status).toHaveText(
    new RegExp(`^Submitted as ${name}: rank \\d+ of \\d+, score ${total}\\.$`),
  );

  await page.getByRole('button', { name: 'Verify my run' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Verified' })).toContainText(
    `(${total})`,
  );

  await page.getByRole('button', { name: 'Open the leaderboard' }).click();
  await game.waitForScene('Leaderboard');
  const row = page.getByRole('row', { name: new RegExp(`${name} \\(you\\)`) });
  await expect(row).toBeVisible();
  await expect(row).toContainText(String(total));
  await expect(page.getByText(/^Your run on this board: rank \d+ of \d+/)).toBeVisible();
});

test('a run finished while the server is unreachable waits in the queue and goes when it answers', async ({
  page,
  game,
  problems,
}) => {
  // This test cuts the API on purpose: the failures it causes are expected, nothing else is.
  problems.allow(/\/trpc\//);
  problems.allow(/ERR_INTERNET_DISCONNECTED/);
  await page.route('**/trpc/**', (route) => route.abort('internetdisconnected'));
  const total = await openFinishedGame(page, game, 5);
  const name = nickname();
  await page.getByLabel('Nickname').fill(name);
  await page.getByRole('button', { name: 'Submit my run' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Waiting for the server' }),
  ).toContainText('The server cannot be reached.');

  // The queue survives a reload, and the game sends it once the server answers.
  await page.unroute('**/trpc/**');
  await page.reload();
  await game.waitForScene('Debrief');
  await expect(page.getByRole('status').filter({ hasText: 'Submitted as' })).toContainText(
    `score ${total}`,
  );
});

test('the daily challenge gives two fresh browsers the same game', async ({
  browser,
  problems,
}) => {
  const day = new Date('2026-05-04T12:00:00Z');
  const states = [];
  for (let i = 0; i < 2; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    problems.watch(page);
    await page.clock.setFixedTime(day);
    const game = new GameDriver(page);
    await game.open();
    await game.waitForScene('Title');
    await page.getByRole('button', { name: 'Daily challenge' }).click();
    await game.waitForScene('ScenarioChoice');
    await page.getByRole('button', { name: /^Start: Dongguan/ }).click();
    await game.waitForScene('Play');
    states.push(await game.requireState());
    await context.close();
  }
  const [a, b] = states;
  expect(a?.daily).toBe('2026-05-04');
  expect(b?.seed).toBe(a?.seed);
  expect(b?.pending).toEqual(a?.pending);
  expect(b?.game).toEqual(a?.game);
  expect(b?.runId).not.toBe(a?.runId);
});
