import type { Route } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { nickname, openFinishedGame } from './finished-game.js';

/**
 * The server answers with an error, with garbage or with nothing: the
 * debrief stays, the panel says so in words (English and Chinese), and the
 * run waits in this browser until the server answers properly.
 */

const trpcError = (status: number, code: string, jsonRpc: number) =>
  JSON.stringify([{ error: { message: 'x', code: jsonRpc, data: { code, httpStatus: status } } }]);

interface Fault {
  name: string;
  answer: (route: Route) => Promise<void>;
  en: string;
  zh: string;
}

const FAULTS: Fault[] = [
  {
    name: 'a 500 in tRPC error shape',
    answer: (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: trpcError(500, 'INTERNAL_SERVER_ERROR', -32603),
      }),
    en: 'The server has a problem right now.',
    zh: '服务器暂时出现问题。',
  },
  {
    name: 'SERVICE_UNAVAILABLE (its database is down)',
    answer: (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: trpcError(503, 'SERVICE_UNAVAILABLE', -32603),
      }),
    en: 'The server has a problem right now.',
    zh: '服务器暂时出现问题。',
  },
  {
    name: 'an HTML page from a proxy',
    answer: (route) =>
      route.fulfill({
        status: 502,
        contentType: 'text/html',
        body: '<html><h1>502 Bad Gateway</h1></html>',
      }),
    en: 'The server cannot be reached.',
    zh: '无法连接服务器。',
  },
  {
    name: 'garbage with status 200',
    answer: (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"result":' }),
    en: 'The server cannot be reached.',
    zh: '无法连接服务器。',
  },
  {
    name: 'an empty answer',
    answer: (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '' }),
    en: 'The server cannot be reached.',
    zh: '无法连接服务器。',
  },
  {
    name: 'no answer at all (connection reset)',
    answer: (route) => route.abort('connectionreset'),
    en: 'The server cannot be reached.',
    zh: '无法连接服务器。',
  },
];

for (const lang of ['en', 'zh'] as const) {
  for (const fault of FAULTS) {
    test(`${lang}: the server answers with ${fault.name}: a readable message, the run kept`, async ({
      page,
      game,
      problems,
    }) => {
      // The faults are the point: the failures they cause are expected, nothing else is.
      problems.allow(/\/trpc\//);
      problems.allow(/status of 50\d|ERR_CONNECTION_RESET|Failed to load resource/);
      if (lang === 'zh') {
        await page.addInitScript(() => {
          localStorage.setItem('smile-curve:settings:v1', JSON.stringify({ lang: 'zh' }));
        });
      }
      await page.route('**/trpc/**', fault.answer);
      const total = await openFinishedGame(page, game, 11);
      const name = nickname();
      await page.getByLabel(lang === 'en' ? 'Nickname' : '昵称').fill(name);
      await page
        .getByRole('button', { name: lang === 'en' ? 'Submit my run' : '提交我的游戏' })
        .click();
      const waiting = page
        .getByRole('status')
        .filter({ hasText: lang === 'en' ? 'Waiting for the server' : '等待服务器' });
      await expect(waiting).toContainText(lang === 'en' ? fault.en : fault.zh);
      expect(await game.scene()).toBe('Debrief');

      // Nothing lost: once the server answers, the same run goes with its score.
      await page.unroute('**/trpc/**');
      await page
        .getByRole('button', { name: lang === 'en' ? 'Try again now' : '立即重试' })
        .click();
      await expect(
        page.getByRole('status').filter({ hasText: lang === 'en' ? 'Submitted as' : '已以' }),
      ).toContainText(String(total));
    });
  }
}
