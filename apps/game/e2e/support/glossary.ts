import { expect, type Page } from '@playwright/test';
import type { Lang } from '../../src/app/settings.js';
import type { GlossaryId } from '../../src/i18n/glossary-en.js';
import { glossaryDefinition$, glossaryHeading$, learn$ } from './catalogues.js';

/**
 * Opens the glossary from the label button named `label` by keyboard (Enter),
 * checks that the dialog shows entry `id` focused with both definitions, closes
 * it with Escape and checks that focus went back to the label.
 */
export async function expectGlossaryFromLabel(
  page: Page,
  lang: Lang,
  label: string,
  id: GlossaryId,
): Promise<void> {
  const opener = page.getByRole('button', { name: label, exact: true });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: learn$(lang, 'learn.glossary') });
  await expect(dialog).toBeVisible();
  const entry = dialog.getByRole('heading', { name: glossaryHeading$(lang, id), exact: true });
  await expect(entry).toBeFocused();
  const article = dialog.locator(`article[data-glossary="${id}"]`);
  await expect(article).toContainText(glossaryDefinition$('en', id));
  await expect(article).toContainText(glossaryDefinition$('zh', id));
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
}
