import { expect, screenshotPath, test } from './fixtures.js';

for (const [width, height] of [
  [390, 844],
  [1366, 768],
  [1920, 1080],
] as const) {
  test(`the play screen fits ${width}×${height} and every control is reachable`, async ({
    page,
    game,
  }) => {
    await page.setViewportSize({ width, height });
    await game.open({ seed: 11, scenario: 'dongguan-electronics' });
    await game.waitForScene('Play');
    const overflow = await page.evaluate(() =>
      [...document.querySelectorAll('#ui *')].some(
        (el) => el.getBoundingClientRect().right > window.innerWidth + 1,
      ),
    );
    expect(overflow, 'nothing sticks out sideways').toBe(false);
    const end = page.getByRole('button', { name: /^End \d+$/ });
    await end.scrollIntoViewIfNeeded();
    await expect(end).toBeInViewport();
    const box = await end.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    await expect(page.getByLabel('Process upgrading')).toBeVisible();
    if (width === 390) await page.screenshot({ path: screenshotPath('play-phone') });
  });
}
