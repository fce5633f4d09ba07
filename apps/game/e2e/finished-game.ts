import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { playGame, score, strategies } from '@smile-curve/domain';
import type { GameDriver } from './fixtures.js';

/** Puts a finished game in the save, so the page opens on its debrief; returns its score. */
export async function openFinishedGame(
  page: Page,
  game: GameDriver,
  seed: number,
): Promise<number> {
  const played = playGame({ scenarioId: 'foshan-appliances', seed }, strategies.balancedGic);
  const save = {
    v: 1,
    runId: randomUUID(),
    scenarioId: 'foshan-appliances',
    seed,
    daily: null,
    decisions: played.decisions,
  };
  await page.addInitScript((text) => {
    if (!localStorage.getItem('smile-curve:save:v1'))
      localStorage.setItem('smile-curve:save:v1', text);
  }, JSON.stringify(save));
  await game.open();
  await game.waitForScene('Debrief');
  return score(played.state).total;
}

/** A nickname no other test run uses. */
export const nickname = (): string => `Tester ${randomUUID().slice(0, 6)}`;
