import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { build } from 'esbuild';
import { playGame, replay, strategies } from '@smile-curve/domain';

/**
 * The domain's promise: same scenario + seed + decisions ⇒ the same state, bit
 * for bit, in Node (the server's verifier) and in the browser (the game).
 * Node plays games with the random bot; Chromium replays the decision logs
 * with the same domain code; the final states must be the same JSON string.
 */
const domainEntry = fileURLToPath(
  new URL('../../../packages/domain/src/index.ts', import.meta.url),
);

test('the browser replays games to the exact state Node computes', async ({ page }) => {
  const bundle = await build({
    entryPoints: [domainEntry],
    bundle: true,
    format: 'iife',
    globalName: 'SmileCurveDomain',
    platform: 'browser',
    write: false,
  });
  const code = bundle.outputFiles[0]?.text ?? '';

  const games = ['dongguan-electronics', 'foshan-appliances', 'shenzhen-startup'].flatMap(
    (scenarioId) =>
      Array.from({ length: 10 }, (_, i) => {
        const seed = 1000 + i * 7919;
        const played = playGame({ scenarioId, seed }, strategies.random(seed));
        const node = replay({ scenarioId, seed, decisions: played.decisions });
        if (!node.ok) throw new Error(node.error.message);
        return {
          scenarioId,
          seed,
          decisions: played.decisions,
          expected: JSON.stringify(node.state),
        };
      }),
  );

  await page.goto('about:blank');
  await page.addScriptTag({ content: code });
  const inBrowser = await page.evaluate(
    (inputs) => {
      const domain = (window as unknown as { SmileCurveDomain: { replay: typeof replay } })
        .SmileCurveDomain;
      return inputs.map((g) => {
        const r = domain.replay({ scenarioId: g.scenarioId, seed: g.seed, decisions: g.decisions });
        return r.ok ? JSON.stringify(r.state) : `error: ${r.error.code}`;
      });
    },
    games.map(({ scenarioId, seed, decisions }) => ({ scenarioId, seed, decisions })),
  );

  expect(inBrowser).toHaveLength(games.length);
  for (const [i, g] of games.entries())
    expect(inBrowser[i], `${g.scenarioId} seed ${g.seed}`).toBe(g.expected);
});
