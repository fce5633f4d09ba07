import type { Page } from '@playwright/test';
import { STEP_IDS } from '../src/learn/learn-steps.js';
import { expect, test, type GameDriver } from './fixtures.js';
import { expectNoSeriousA11yViolations } from './support/axe.js';
import { LANGS, learn$, termsOf, ui$, uiPattern } from './support/catalogues.js';
import { expectGlossaryFromLabel } from './support/glossary.js';
import type { Lang } from '../src/app/settings.js';

/** Opens a dialog with `open`, checks it with axe, closes it with Escape. */
async function checkDialog(page: Page, name: string, open: () => Promise<void>): Promise<void> {
  await open();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

async function title(page: Page, game: GameDriver, lang: Lang): Promise<void> {
  await game.open();
  await game.waitForScene('Title');
  await page.getByRole('button', { name: lang === 'zh' ? '中文' : 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui$(lang, 'app.title'));
}

for (const lang of LANGS) {
  test(`axe finds no serious violation on the title, settings, Learn, glossary and leaderboard (${lang})`, async ({
    page,
    game,
  }) => {
    test.setTimeout(180_000);
    await title(page, game, lang);
    await expectNoSeriousA11yViolations(page);
    await checkDialog(page, ui$(lang, 'settings.heading'), () =>
      page.getByRole('button', { name: ui$(lang, 'title.settings') }).click(),
    );

    await page.getByRole('button', { name: learn$(lang, 'learn.entry') }).click();
    await game.waitForScene('Learn');
    await checkDialog(page, learn$(lang, 'learn.glossary'), () =>
      page.getByRole('button', { name: learn$(lang, 'learn.glossary') }).click(),
    );
    for (const [i] of STEP_IDS.entries()) {
      // Answer, so the feedback is checked too.
      await page.locator('.check-question input[type="radio"]').first().check();
      await page.getByRole('button', { name: learn$(lang, 'learn.check') }).click();
      await expectNoSeriousA11yViolations(page);
      await page
        .getByRole('button', {
          name: learn$(lang, i === STEP_IDS.length - 1 ? 'learn.finish' : 'learn.next'),
        })
        .click();
    }
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      learn$(lang, 'learn.done.heading'),
    );
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('button', { name: ui$(lang, 'common.back') }).click();
    await game.waitForScene('Title');
    await page.getByRole('button', { name: ui$(lang, 'title.leaderboard') }).click();
    await game.waitForScene('Leaderboard');
    await expect(page.getByText(ui$(lang, 'lb.loading'))).toBeHidden();
    await expectNoSeriousA11yViolations(page);
  });

  test(`axe finds no serious violation on play, an event card, the year report and the debrief; their indicator labels open the glossary (${lang})`, async ({
    page,
    game,
  }) => {
    test.setTimeout(180_000);
    await title(page, game, lang);
    await game.open({ seed: 11, scenario: 'dongguan-electronics' });
    await game.waitForScene('Play');
    await expectNoSeriousA11yViolations(page);
    await checkDialog(page, learn$(lang, 'learn.glossary'), () =>
      page.getByRole('button', { name: ui$(lang, 'ind.lockIn') }).click(),
    );

    let sawCard = false;
    let sawReport = false;
    for (let year = 0; year < 20; year++) {
      await game.waitForScene('Play');
      const { budget } = await game.requireState();
      const cards = await page.locator('fieldset.event-card').all();
      if (cards.length > 0 && !sawCard) {
        await expectNoSeriousA11yViolations(page);
        sawCard = true;
      }
      for (const card of cards) {
        await card
          .getByRole('radio', { name: new RegExp(ui$(lang, 'events.free')) })
          .first()
          .check();
      }
      // From the second year on, spend everything on ties with borrowed money: bankruptcy comes fast.
      if (year > 0) {
        await page
          .getByLabel(termsOf[lang].levers.ties.label, { exact: true })
          .fill(String(budget.cash + budget.credit));
        if (budget.credit > 0)
          await page.getByLabel(ui$(lang, 'budget.borrow')).fill(String(budget.credit));
      }
      await page.getByRole('button', { name: uiPattern(lang, 'play.endYear') }).click();
      await game.waitForScene('YearReport');
      if (!sawReport) {
        await expectNoSeriousA11yViolations(page);
        await expectGlossaryFromLabel(page, lang, ui$(lang, 'ind.valueAdded'), 'valueAddedShare');
        sawReport = true;
      }
      if ((await game.requireState()).status !== 'playing') break;
      await page.getByRole('button', { name: uiPattern(lang, 'report.continue') }).click();
    }
    expect(sawCard).toBe(true);
    await page.getByRole('button', { name: ui$(lang, 'report.toDebrief') }).click();
    await game.waitForScene('Debrief');
    await expectNoSeriousA11yViolations(page);
    await expectGlossaryFromLabel(page, lang, ui$(lang, 'ind.rd'), 'rdIntensity');
  });
}
