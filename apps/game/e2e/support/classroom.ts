import type { Page } from '@playwright/test';
import { expect, GameDriver } from '../fixtures.js';

/** A student's style of play, so the class debrief has something to separate. */
export type Plan = readonly (readonly [label: string, amount: string])[];

/** Plays one year through the UI: the plan's levers, the first option of every card, End year. */
export async function playYear(
  page: Page,
  game: GameDriver,
  plan: Plan,
): Promise<'Play' | 'Debrief'> {
  await game.waitForScene('Play');
  for (const [label, amount] of plan) await page.getByLabel(label, { exact: true }).fill(amount);
  for (const card of await page.locator('fieldset.event-card').all()) {
    await card.getByRole('radio').first().check();
  }
  await page.getByRole('button', { name: /^End \d+$/ }).click();
  await game.waitForScene('YearReport');
  const next = page.getByRole('button', { name: /^(Continue to \d+|See the debrief)$/ });
  const over = (await next.textContent()) === 'See the debrief';
  await next.click();
  return over ? 'Debrief' : 'Play';
}

/** Plays `years` years, or to the end when `years` is omitted. */
export async function playYears(page: Page, plan: Plan, years = 99): Promise<void> {
  const game = new GameDriver(page);
  for (let i = 0; i < years; i++) {
    if ((await playYear(page, game, plan)) === 'Debrief') {
      await game.waitForScene('Debrief');
      return;
    }
  }
}

/** Joins from the title screen by typing the code. */
export async function joinByCode(page: Page, code: string, nickname: string): Promise<void> {
  const game = new GameDriver(page);
  await game.open();
  await game.waitForScene('Title');
  await page.getByRole('button', { name: 'Join a class' }).click();
  await game.waitForScene('Join');
  await page.getByLabel('Class code').fill(code.toLowerCase());
  await page.getByLabel('Nickname').fill(nickname);
  await page.getByRole('button', { name: 'Join the class' }).click();
}

/** The student's class membership as the game stored it. */
export async function membership(page: Page): Promise<{ playerToken: string; board: string }> {
  const raw = await page.evaluate(() => localStorage.getItem('smile-curve:class:v1'));
  expect(raw).not.toBeNull();
  return JSON.parse(raw ?? '{}') as { playerToken: string; board: string };
}
