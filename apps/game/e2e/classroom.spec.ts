import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { qrSvg } from '../src/classroom/qr.js';
import { expect, GameDriver, test, type Problems } from './fixtures.js';
import { expectNoSeriousA11yViolations } from './support/axe.js';
import { expectGlossaryFromLabel } from './support/glossary.js';
import { joinByCode, membership, playYears, type Plan } from './support/classroom.js';
import { csvRecords } from './support/csv.js';

const docsShot = (name: string): string =>
  fileURLToPath(new URL(`../../../docs/screenshots/${name}.png`, import.meta.url));

const RESEARCH: Plan = [
  ['Applied R&D', '3'],
  ['Training and learning', '2'],
];
const ASSEMBLY: Plan = [['Process upgrading', '4']];
const BRAND: Plan = [
  ['Design and brand', '2'],
  ['Process upgrading', '1'],
];

async function student(browser: Browser, problems: Problems, locale = 'en-GB') {
  // Reduced motion: the marker does not travel between years, so a student's 16 years go faster.
  const context = await browser.newContext({ locale, reducedMotion: 'reduce' });
  const page = await context.newPage();
  problems.watch(page);
  return { context, page, game: new GameDriver(page) };
}

/** The paths of a QR code's SVG: what a scanner reads, independent of markup details. */
function qrPaths(markup: string): string[] {
  return [...markup.matchAll(/\sd="([^"]+)"/g)].map((m) => m[1] ?? '');
}

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = await file.path();
  return readFile(path, 'utf8');
}

test('a classroom competition: create, project, join three ways, play, live board, moderate, export, debrief', async ({
  page: teacher,
  game,
  browser,
  problems,
}) => {
  test.setTimeout(1_200_000);
  // A page that navigates away closes its live stream: that abort is expected, nothing else.
  problems.allow(/ERR_ABORTED .*leaderboards\.live/);
  // The taken nickname is refused with 409 on purpose.
  problems.allow(/409 .*classrooms\.join/);
  problems.allow(/status of 409 \(Conflict\)/);
  const contexts: BrowserContext[] = [];

  // The teacher creates a class where each student sees only their own place.
  await teacher.goto('/teach?test=1');
  await game.waitForScene('Teach');
  await expect(teacher.getByRole('heading', { level: 1 })).toHaveText(
    'Run a classroom competition',
  );
  await expectNoSeriousA11yViolations(teacher, 'the teacher form (en)');
  await teacher.getByLabel('Class title').fill('Economics 2B');
  await teacher.getByLabel('Scenario').selectOption('foshan-appliances');
  await teacher.getByLabel('A fixed seed, to repeat a lesson').check();
  await teacher.getByLabel('Seed number').fill('2024');
  await teacher.getByLabel('Leaderboard visibility').selectOption('self');
  await teacher.getByRole('button', { name: 'Create the class' }).click();

  // The key is shown once, with the private link and a warning.
  const keyPanel = teacher.getByRole('region', { name: 'Your teacher key, shown only once' });
  await expect(keyPanel).toContainText('cannot be shown again');
  const teacherKey = (await keyPanel.locator('code').textContent()) ?? '';
  const link = (await keyPanel.getByRole('link').textContent()) ?? '';
  const linked = new URLSearchParams(new URL(link).hash.slice(1));
  expect(linked.get('key')).toBe(teacherKey);
  const code = linked.get('class') ?? '';
  expect(code).toMatch(/^[A-Z0-9]{6}$/);
  await expect(teacher.getByRole('heading', { level: 1 })).toHaveText(
    `Economics 2B · code ${code}`,
  );
  await expectNoSeriousA11yViolations(teacher, 'the dashboard with the key (en)');
  await teacher.getByRole('button', { name: 'I have saved it' }).click();
  await expect(keyPanel).toHaveCount(0);
  // Everything after this happens without reloading the teacher's page.
  await teacher.evaluate(() => {
    (window as unknown as { noReload: boolean }).noReload = true;
  });

  // The projector: the code in huge type, the join URL, and a QR code of exactly that URL.
  await teacher.getByRole('button', { name: 'Show the projector view' }).click();
  const projector = teacher.getByRole('main', { name: 'Projector view' });
  await expect(projector.getByText(code, { exact: true })).toBeVisible();
  const joinUrl = (await projector.locator('.projector-url').textContent()) ?? '';
  expect(new URL(joinUrl).pathname).toBe(`/join/${code}`);
  const qr = projector.getByRole('img', { name: `QR code that opens ${joinUrl}` });
  await expect(qr).toBeVisible();
  expect(qrPaths(await qr.evaluate((el) => el.outerHTML))).toEqual(qrPaths(await qrSvg(joinUrl)));
  const codeSize = await projector
    .getByText(code, { exact: true })
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(codeSize).toBeGreaterThanOrEqual(64);
  await expectNoSeriousA11yViolations(teacher, 'the projector view (en)');
  await teacher.screenshot({ path: docsShot('projector') });
  await teacher.getByRole('button', { name: 'Back to the dashboard' }).click();

  // Three students: two type the code on the title screen, one opens the QR's link.
  const ana = await student(browser, problems);
  const bo = await student(browser, problems);
  const chen = await student(browser, problems);
  contexts.push(ana.context, bo.context, chen.context);
  await joinByCode(ana.page, code, 'Ana');
  await ana.game.waitForScene('Play');
  await expect(ana.page.getByText(`Class “Economics 2B” (${code}) as Ana`)).toBeVisible();

  await joinByCode(bo.page, code, 'ana');
  await expect(bo.page.getByRole('status').filter({ hasText: 'is taken' })).toHaveText(
    'The nickname “ana” is taken in this class.',
  );
  await bo.page.getByRole('button', { name: /^Use “/ }).click();
  const suggested = await bo.page.getByLabel('Nickname').inputValue();
  expect(suggested).not.toBe('ana');
  await bo.page.getByRole('button', { name: 'Join the class' }).click();
  await bo.game.waitForScene('Play');

  await chen.page.goto(`${joinUrl}?test=1`);
  await chen.game.waitForScene('Join');
  await expect(chen.page.getByRole('heading', { level: 1 })).toHaveText('Join “Economics 2B”');
  await expect(chen.page.getByLabel('Class code')).toHaveValue(code);
  await expectNoSeriousA11yViolations(chen.page, 'the join screen (en)');
  await chen.page.getByLabel('Nickname').fill('Chen');
  await chen.page.getByRole('button', { name: 'Join the class' }).click();
  await chen.game.waitForScene('Play');

  // Everyone plays the class's scenario and seed.
  for (const s of [ana, bo, chen]) {
    const state = await s.game.requireState();
    expect([state.scenarioId, state.seed]).toEqual(['foshan-appliances', 2024]);
  }
  const players = teacher.getByRole('table', { name: /^Students \(\d+\)$/ });
  await expect(teacher.getByRole('table', { name: 'Students (3)' })).toBeVisible();

  // A refresh mid-game keeps the year and the state; so does opening the link again.
  await playYears(bo.page, ASSEMBLY, 3);
  await playYears(chen.page, BRAND, 2);
  await expect(
    players.getByRole('row', { name: new RegExp(`^${suggested} Playing`) }),
  ).toBeVisible();
  const boBefore = await bo.game.requireState();
  await bo.page.reload();
  await bo.game.waitForScene('Play');
  expect(await bo.game.requireState()).toEqual(boBefore);
  const chenBefore = await chen.game.requireState();
  await chen.page.goto(`${joinUrl}?test=1`);
  await chen.game.waitForScene('Play');
  expect(await chen.game.requireState()).toEqual(chenBefore);
  await expect(chen.page.getByText(`Class “Economics 2B” (${code}) as Chen`)).toBeVisible();

  // Ana finishes first: the teacher's board shows her run without a reload.
  await playYears(ana.page, RESEARCH);
  const anaScore = (await ana.game.requireState()).score?.total ?? -1;
  await expect(ana.page.getByRole('status').filter({ hasText: 'class board' })).toHaveText(
    `Your run is on the class board: score ${anaScore}.`,
  );
  const board = teacher.getByRole('table', { name: 'Live leaderboard of Economics 2B' });
  await expect(board.getByRole('row', { name: new RegExp(`^1 Ana ${anaScore}$`) })).toBeVisible();

  await Promise.all([playYears(bo.page, ASSEMBLY), playYears(chen.page, BRAND)]);
  await expect(board.getByRole('row')).toHaveCount(4);

  // "self" visibility: a student sees only their own place, in the UI and from the API.
  await expect(
    chen.page.getByText('Your teacher shows each student only their own place.'),
  ).toBeVisible();
  await expect(chen.page.getByText(/^Your place: \d of 3\.$/)).toBeVisible();
  for (const other of ['Ana', suggested]) {
    await expect(chen.page.getByText(other, { exact: true })).toHaveCount(0);
  }
  const chenToken = await membership(chen.page);
  const api = await chen.page.evaluate(async (m) => {
    const input = encodeURIComponent(
      JSON.stringify({ board: m.board, playerToken: m.playerToken, limit: 100 }),
    );
    const res = await fetch(`/trpc/leaderboards.top?input=${input}`);
    return (await res.json()) as { result: { data: { entries: unknown[]; me: unknown } } };
  }, chenToken);
  expect(api.result.data.entries).toEqual([]);
  expect(api.result.data.me).not.toBeNull();
  expect(JSON.stringify(api)).not.toContain('Ana');

  // Moderation: removing Bo takes the run off the board and out of both exports.
  teacher.once('dialog', (dialog) => void dialog.accept());
  await players.getByRole('button', { name: `Remove ${suggested}` }).click();
  await expect(board.getByRole('row')).toHaveCount(3);
  await expect(board).not.toContainText(suggested);
  await expect(
    players.getByRole('row', { name: new RegExp(`^${suggested} Removed`) }),
  ).toBeVisible();

  const scores = csvRecords(await download(teacher, 'Export scores (CSV)'));
  expect(scores.map((r) => r.nickname).sort()).toEqual(['Ana', 'Chen']);
  expect(scores.find((r) => r.nickname === 'Ana')?.score).toBe(String(anaScore));
  const panel = csvRecords(await download(teacher, 'Export panel data (CSV)'));
  for (const s of [ana, chen]) {
    const state = await s.game.requireState();
    const name = s === ana ? 'Ana' : 'Chen';
    expect(panel.filter((r) => r.nickname === name).length).toBe(state.decisions.length);
  }
  expect(panel.some((r) => r.nickname === suggested)).toBe(false);

  // The class debrief: every trajectory on one curve, a row highlights its line.
  await teacher.getByRole('button', { name: 'Class debrief' }).click();
  await expect(teacher.getByRole('heading', { level: 1 })).toHaveText(
    'Class debrief: Economics 2B',
  );
  const curve = teacher.getByRole('img', { name: /^2 firms on the smile curve/ });
  await expect(curve).toBeVisible();
  await teacher.getByRole('button', { name: 'Highlight Ana' }).click();
  await expect(teacher.getByRole('button', { name: 'Highlight Ana' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(teacher.getByRole('img', { name: /highlighted: Ana$/ })).toBeVisible();
  await expect(teacher.getByRole('table', { name: 'How the firms ended' })).toBeVisible();
  await expect(teacher.getByRole('heading', { name: 'Questions for discussion' })).toBeVisible();
  await expectNoSeriousA11yViolations(teacher, 'the class debrief (en)');
  await teacher.screenshot({ path: docsShot('class-debrief'), fullPage: true });
  // An outcome that names an indicator opens its glossary entry (after the screenshot: it scrolls).
  await expectGlossaryFromLabel(teacher, 'en', 'Locked in at the low end', 'lowEndLockIn');
  expect(await teacher.evaluate(() => (window as unknown as { noReload?: boolean }).noReload)).toBe(
    true,
  );

  // The same screens in Chinese, from the private teacher link on another device.
  const zh = await student(browser, problems, 'zh-CN');
  contexts.push(zh.context);
  await zh.page.goto(link.replace('/teach#', '/teach?test=1#'));
  await zh.game.waitForScene('Teach');
  await expect(zh.page.getByRole('heading', { level: 1 })).toHaveText(
    `Economics 2B · 班级码 ${code}`,
  );
  await expect(zh.page.getByRole('table', { name: 'Economics 2B 的实时排行榜' })).toBeVisible();
  await expectNoSeriousA11yViolations(zh.page, 'the dashboard (zh)');
  await zh.page.getByRole('button', { name: '显示投影视图' }).click();
  await expect(zh.page.getByRole('img', { name: `打开 ${joinUrl} 的二维码` })).toBeVisible();
  await expectNoSeriousA11yViolations(zh.page, 'the projector view (zh)');
  await zh.page.getByRole('button', { name: '返回控制台' }).click();
  await zh.page.getByRole('button', { name: '班级复盘' }).click();
  await expect(zh.page.getByRole('heading', { name: '讨论问题' })).toBeVisible();
  await expectNoSeriousA11yViolations(zh.page, 'the class debrief (zh)');
  await zh.page.goto(`${joinUrl}?test=1`);
  await zh.game.waitForScene('Join');
  await expect(zh.page.getByRole('heading', { level: 1 })).toHaveText('加入“Economics 2B”');
  await expectNoSeriousA11yViolations(zh.page, 'the join screen (zh)');

  for (const context of contexts) await context.close();
});

test('a closed class says so to a newcomer and lets a student already in finish offline', async ({
  page,
  game,
  browser,
  problems,
}) => {
  test.setTimeout(600_000);
  problems.allow(/ERR_ABORTED .*leaderboards\.live/);
  problems.allow(/status of 412 \(Precondition Failed\)/);
  await page.goto('/teach?test=1');
  await game.waitForScene('Teach');
  await page.getByLabel('Class title').fill('Closing soon');
  await page.getByRole('button', { name: 'Create the class' }).click();
  const link = (await page.getByRole('link').filter({ hasText: '/teach#' }).textContent()) ?? '';
  const code = new URLSearchParams(new URL(link).hash.slice(1)).get('class') ?? '';

  const early = await student(browser, problems);
  await joinByCode(early.page, code, 'Early');
  await early.game.waitForScene('Play');

  await page.getByRole('button', { name: 'Close the class' }).click();
  await expect(page.getByRole('button', { name: 'Reopen the class' })).toBeVisible();

  const late = await student(browser, problems);
  problems.allow(/412 .*classrooms\.join/);
  await joinByCode(late.page, code, 'Late');
  await expect(late.page.getByRole('status').filter({ hasText: 'closed' })).toContainText(
    'This class is closed: it takes no new players.',
  );

  // The student already in comes back, hears that the class closed, and finishes the game.
  await early.page.goto(`/join/${code}?test=1`);
  await early.game.waitForScene('Play');
  await expect(
    early.page.getByText(/This class is closed\. You can still finish your game here/),
  ).toBeVisible();
  problems.allow(/412 .*runs\.submit/);
  await playYears(early.page, ASSEMBLY);
  await expect(early.page.getByRole('status').filter({ hasText: 'did not take' })).toContainText(
    'This class is closed',
  );
  await early.context.close();
  await late.context.close();
});
