import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { CORRECT, STEP_IDS, STEP_TEXT } from '../src/learn/learn-steps.js';
import { expect, test, type GameDriver } from './fixtures.js';
import { learn$, ui$ } from './support/catalogues.js';

/** The README's screenshots live in docs/screenshots. */
const docsShot = (name: string): string =>
  fileURLToPath(new URL(`../../../docs/screenshots/${name}.png`, import.meta.url));

const question = (page: Page, lang: 'en' | 'zh') =>
  page.getByRole('group', { name: new RegExp(`^${learn$(lang, 'learn.question')}`) });

/** The feedback under the check question, announced politely. */
const feedback = (page: Page) => page.locator('.check-question').getByRole('status');

/** Answers a check question by keyboard: Tab into the radio group, arrow to the answer, check it. */
async function answerByKeyboard(page: Page, game: GameDriver, answer: number): Promise<void> {
  await game.tabTo(question(page, 'en').getByRole('radio').first());
  for (let i = 0; i < answer; i++) await page.keyboard.press('ArrowDown');
  if (answer === 0) await page.keyboard.press('Space');
  await expect(question(page, 'en').getByRole('radio').nth(answer)).toBeChecked();
  await game.tabTo(page.getByRole('button', { name: learn$('en', 'learn.check') }));
  await page.keyboard.press('Enter');
}

test('Learn mode from the title to the end, in English, by keyboard only', async ({
  page,
  game,
}) => {
  test.setTimeout(120_000);
  await game.open();
  await game.waitForScene('Title');
  await game.tabTo(page.getByRole('button', { name: learn$('en', 'learn.entry') }));
  await page.keyboard.press('Enter');
  await game.waitForScene('Learn');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Learn: the smile curve');

  // Step 1: the slider moves the firm; the numbers are the domain's stage margins.
  const readout = page.locator('.learn-readout');
  await expect(readout).toContainText('Stage: assembly. Value-added margin here: 4 %');
  await game.tabTo(page.getByRole('slider', { name: 'Move the firm along the curve' }));
  await page.keyboard.press('Home');
  await expect(readout).toContainText('Stage: R&D. Value-added margin here: 26.5 %');
  await page.locator('main').evaluate((el) => {
    el.scrollTo(0, 0);
  });
  await page.screenshot({ path: docsShot('learn-step1') });

  for (const [i, step] of STEP_IDS.entries()) {
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      learn$('en', STEP_TEXT[step].title),
    );
    await expect(page.getByText(`Step ${i + 1} of 7`)).toBeVisible();
    if (step === 's2') {
      await expect(page.getByRole('row', { name: /Assembly and testing in China/ })).toContainText(
        'US$3.86',
      );
      await expect(page.getByRole('row', { name: /Assembly and testing in China/ })).toContainText(
        '1.3 %',
      );
    }
    if (step === 's5') {
      const before = await readout.textContent();
      await game.tabTo(page.getByRole('checkbox', { name: 'Train staff (learning routines)' }));
      await page.keyboard.press('Space');
      await expect(readout).not.toHaveText(before ?? '');
      await expect(readout).toContainText('Absorptive capacity 0.61');
    }
    await answerByKeyboard(page, game, CORRECT[step]);
    await expect(feedback(page)).toContainText('✓ Correct.');
    await game.tabTo(
      page.getByRole('button', { name: i === STEP_IDS.length - 1 ? 'Finish' : 'Next step' }),
    );
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('You finished Learn');
  await expect(page.getByText('You answered 7 of 7 check questions correctly.')).toBeVisible();

  // The glossary opens by keyboard, traps focus in the dialog, and gives focus back on Escape.
  const opener = page.getByRole('button', { name: 'Glossary' });
  await game.tabTo(opener);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Glossary' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Low-end lock-in · 低端锁定' })).toBeVisible();
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('Learn mode in Chinese: the language persists, feedback explains a wrong answer', async ({
  page,
  game,
}) => {
  test.setTimeout(120_000);
  await game.open();
  await game.waitForScene('Title');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui$('zh', 'app.title'));
  await page.reload();
  await game.waitForScene('Title');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('微笑曲线');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');

  await page.getByRole('button', { name: learn$('zh', 'learn.entry') }).click();
  await game.waitForScene('Learn');
  await expect(page.locator('.learn-readout')).toContainText('环节：组装。此处的附加值率：4%');
  for (const [i, step] of STEP_IDS.entries()) {
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      learn$('zh', STEP_TEXT[step].title),
    );
    await expect(page.getByText(`第${i + 1}步，共7步`)).toBeVisible();
    const group = question(page, 'zh');
    const status = feedback(page);
    if (i === 0) {
      await group.getByRole('radio', { name: learn$('zh', 's1.a0') }).check();
      await page.getByRole('button', { name: '检查答案' }).click();
      await expect(status).toContainText('✗ 不太对。');
      await expect(status).toContainText(learn$('zh', 's1.why'));
    }
    await group
      .getByRole('radio', { name: learn$('zh', STEP_TEXT[step].answers[CORRECT[step]]) })
      .check();
    await page.getByRole('button', { name: '检查答案' }).click();
    await expect(status).toContainText('✓ 回答正确。');
    await page.getByRole('button', { name: i === STEP_IDS.length - 1 ? '完成' : '下一步' }).click();
  }
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('你已完成学习');
  await expect(page.getByText('你答对了7道小测验中的7道。')).toBeVisible();
});

test.describe('with a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });
  test('the language defaults to the browser’s', async ({ page, game }) => {
    await game.open();
    await game.waitForScene('Title');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('微笑曲线');
    await expect(page.getByRole('button', { name: '中文' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});
