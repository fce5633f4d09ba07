import { expect, test } from '@playwright/test';

test('the title loads with a canvas, a heading and no console errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  const failed: string[] = [];
  page.on('requestfailed', (req) => failed.push(req.url()));
  page.on('response', (res) => {
    if (res.status() >= 400) failed.push(`${res.status()} ${res.url()}`);
  });

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Smile Curve', level: 1 })).toBeVisible();
  const canvas = page.locator('#game canvas');
  await expect(canvas).toBeVisible();
  const box = await canvas.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(100);

  await page.screenshot({ path: test.info().outputPath('title.png') });
  expect(errors).toEqual([]);
  expect(failed).toEqual([]);
});
