// @ts-check
// `pnpm bench` suite for the game (bench/results/game.json): the built game's
// JavaScript gzipped, navigation → interactive title in headless Chromium on the
// real server, and script time per frame in the Play scene. See apps/game/README.md.
/* global window -- in the functions page.waitForFunction and page.evaluate run in the page */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { writeBenchResults } from '../../../tooling/bench/src/index.js';
import { GZIP_LEVEL, measureBundle } from './bundle-size.mjs';
import { chromiumPath } from './env.mjs';
import { installFrameProbe, installTitleProbe, recordFrames, rendererInfo } from './probes.mjs';
import { startServer } from './server.mjs';
import { animationFrames, TRACE_CATEGORIES } from './trace.mjs';

/**
 * @import { Browser, BrowserContextOptions, Page } from '@playwright/test'
 * @import { RunningServer } from './server.mjs'
 * @import { FrameSample, TitleWindow } from './probes.mjs'
 */

const gameDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const serverDir = join(repoRoot, 'apps/server');
const dist = join(gameDir, 'dist');

/** The title's Play button (src/i18n/ui-en.ts; the compiler checks the two agree). */
/** @type {typeof import('../src/i18n/ui-en.js').uiEn['title.play']} */
const PLAY_NAME = 'Play';
/** @type {typeof import('../src/i18n/ui-en.js').uiEn['play.endYear']} */
const END_YEAR = 'End {year}';

const TITLE_WARMUP_RUNS = 1;
const TITLE_RUNS = 5;
const FRAME_WARMUP_MS = 1_000;
const FRAME_WINDOW_MS = 5_000;
const SEED = 7;
const SCENARIO = 'dongguan-electronics';
const STEP_TIMEOUT_MS = 30_000;
const BUILD_TIMEOUT_MS = 240_000;
/** Everything, builds included, ends by then: no run can hang. */
const WATCHDOG_MS = 360_000;

/** A classroom Chromebook (the game's middle layout), English, default motion. */
/** @type {BrowserContextOptions} */
const contextOptions = {
  viewport: { width: 1366, height: 768 },
  locale: 'en-US',
  reducedMotion: 'no-preference',
};

const started = performance.now();
const loadBefore = loadavg();
/** @type {RunningServer | null} */
let server = null;
/** @type {Browser | null} */
let browser = null;

process.once('exit', () => server?.kill());
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => {
    server?.kill();
    process.exit(130);
  });
}
setTimeout(() => {
  console.error(`game bench: still running after ${String(WATCHDOG_MS / 1000)} s, giving up`);
  server?.kill();
  process.exit(1);
}, WATCHDOG_MS).unref();

/** Newest modification time under `paths` (files or folders), skipping node_modules and dist. */
function newestMtime(/** @type {string[]} */ paths) {
  let newest = 0;
  const stack = paths.filter((p) => existsSync(p));
  while (stack.length > 0) {
    const path = /** @type {string} */ (stack.pop());
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path)) {
        if (name !== 'node_modules' && name !== 'dist') stack.push(join(path, name));
      }
    } else newest = Math.max(newest, stat.mtimeMs);
  }
  return newest;
}

/** Runs `pnpm run build` in `dir`; throws when it fails. */
function build(/** @type {string} */ dir) {
  console.log(`game bench: building ${dir}`);
  const result = spawnSync('pnpm', ['run', 'build'], {
    cwd: dir,
    stdio: 'inherit',
    timeout: BUILD_TIMEOUT_MS,
  });
  if (result.status !== 0) {
    throw new Error(`pnpm run build in ${dir} failed (${String(result.status ?? result.signal)})`);
  }
}

/**
 * Builds the game only when dist is missing, or when asked (`--build`): others may
 * be serving apps/game/dist, and a rebuild replaces its hashed files under them.
 * A dist older than its sources is measured as it is, with a warning and
 * `distStale: true` in the results. The server is built only if it never was.
 */
function ensureBuilt() {
  const index = join(dist, 'index.html');
  let rebuilt = false;
  if (!existsSync(index) || process.argv.includes('--build')) {
    build(gameDir);
    rebuilt = true;
  }
  const sources = newestMtime([
    join(gameDir, 'src'),
    join(gameDir, 'public'),
    join(gameDir, 'index.html'),
    join(gameDir, 'vite.config.ts'),
    join(gameDir, 'package.json'),
    join(repoRoot, 'packages/domain/src'),
  ]);
  const builtAt = statSync(index).mtimeMs;
  const stale = builtAt < sources;
  if (stale) {
    console.warn(
      'game bench: apps/game/dist is older than its sources; measuring it anyway (rebuild with `pnpm --filter @smile-curve/game bench --build`)',
    );
  }
  if (!existsSync(join(serverDir, 'dist/index.js'))) build(serverDir);
  return { rebuilt, stale, builtAt: new Date(builtAt).toISOString() };
}

/** Console errors, page errors, failed or refused requests, and anything off loopback. */
function watch(/** @type {Page} */ page) {
  /** @type {string[]} */
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) =>
    problems.push(`request failed: ${req.failure()?.errorText ?? ''} ${req.url()}`),
  );
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`${String(res.status())} ${res.url()}`);
  });
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (/^(https?|wss?):$/.test(url.protocol) && url.hostname !== '127.0.0.1') {
      problems.push(`request off loopback: ${req.url()}`);
    }
  });
  return problems;
}

function assertClean(/** @type {string[]} */ problems, /** @type {string} */ what) {
  if (problems.length > 0) throw new Error(`${what}:\n  ${problems.join('\n  ')}`);
}

/** One fresh context: navigation start → the Play button visible and enabled, in ms. */
async function titleRun(/** @type {Browser} */ b, /** @type {string} */ url) {
  const context = await b.newContext(contextOptions);
  try {
    await context.addInitScript(installTitleProbe, PLAY_NAME);
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(`${url}/`, { waitUntil: 'commit', timeout: STEP_TIMEOUT_MS });
    const handle = await page.waitForFunction(
      () => /** @type {TitleWindow} */ (window).__benchTitleAt,
      undefined,
      { timeout: STEP_TIMEOUT_MS },
    );
    const ms = /** @type {number} */ (await handle.jsonValue());
    // The same question through Playwright's accessibility tree.
    const play = page.getByRole('button', { name: PLAY_NAME, exact: true });
    if (!(await play.isVisible()) || !(await play.isEnabled())) {
      throw new Error('The probe saw Play, but Playwright finds no visible, enabled Play button');
    }
    assertClean(problems, 'The title loaded with problems');
    return ms;
  } finally {
    await context.close();
  }
}

/** @param {number[]} sorted ascending; nearest-rank percentile */
function percentile(sorted, /** @type {number} */ p) {
  if (sorted.length === 0) throw new Error('No samples');
  return /** @type {number} */ (sorted[Math.min(sorted.length, Math.ceil(p * sorted.length)) - 1]);
}

const round = (/** @type {number} */ x, digits = 3) => Number(x.toFixed(digits));

/**
 * Opens a game straight into Play (the launch parameters), lets it settle, then
 * records FRAME_WINDOW_MS of idle frames.
 */
async function frameRun(/** @type {Browser} */ b, /** @type {string} */ url) {
  const context = await b.newContext(contextOptions);
  try {
    await context.addInitScript(installFrameProbe);
    const page = await context.newPage();
    const problems = watch(page);
    const query = new URLSearchParams({ test: '1', seed: String(SEED), scenario: SCENARIO });
    await page.goto(`${url}/?${query.toString()}`, {
      waitUntil: 'commit',
      timeout: STEP_TIMEOUT_MS,
    });
    await page.waitForFunction(
      () => window.__smileCurve?.scene === 'Play' && window.__smileCurve.ready,
      undefined,
      { timeout: STEP_TIMEOUT_MS },
    );
    const game = await page.evaluate(() => {
      const s = window.__smileCurve?.state();
      return s ? { seed: s.seed, scenarioId: s.scenarioId, year: s.year, turn: s.turn } : null;
    });
    if (game?.seed !== SEED || game.scenarioId !== SCENARIO || game.turn !== 0) {
      throw new Error(
        `Expected a new ${SCENARIO} game with seed ${String(SEED)}, got ${JSON.stringify(game)}`,
      );
    }
    const endYear = END_YEAR.replace('{year}', String(game.year));
    await page
      .getByRole('button', { name: endYear, exact: true })
      .waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    await page.waitForTimeout(FRAME_WARMUP_MS);

    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const scriptSeconds = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')
        ?.value ?? Number.NaN;
    const scriptBefore = await scriptSeconds();
    /** @type {FrameSample} */
    const sample = await page.evaluate(recordFrames, FRAME_WINDOW_MS);
    const scriptAfter = await scriptSeconds();

    // A second window under a Chromium trace, for thread CPU time per frame. Separate,
    // so tracing's own cost stays out of the Performance API figures above.
    await b.startTracing(page, { categories: TRACE_CATEGORIES });
    await page.waitForTimeout(FRAME_WINDOW_MS);
    const traced = animationFrames((await b.stopTracing()).toString('utf8'));
    const renderer = await page.evaluate(rendererInfo);
    assertClean(problems, 'The Play scene ran with problems');
    if (traced.cpuMs.length < 30) {
      throw new Error(
        `Only ${String(traced.cpuMs.length)} traced frames in ${String(FRAME_WINDOW_MS)} ms`,
      );
    }
    const cpuSorted = [...traced.cpuMs].sort((x, y) => x - y);
    const wallSorted = [...traced.wallMs].sort((x, y) => x - y);

    const n = sample.scriptMs.length;
    if (n < 30) throw new Error(`Only ${String(n)} frames in ${String(FRAME_WINDOW_MS)} ms`);
    const sorted = [...sample.scriptMs].sort((x, y) => x - y);
    const first = sample.timestamps[0] ?? 0;
    const last = sample.timestamps[n - 1] ?? 0;
    return {
      p95: percentile(sorted, 0.95),
      median: percentile(sorted, 0.5),
      max: sorted[n - 1] ?? 0,
      mean: sorted.reduce((s, x) => s + x, 0) / n,
      frames: n,
      fps: (n - 1) / ((last - first) / 1000),
      // Every script on the page's main thread (CDP ScriptDuration), per recorded frame.
      allScriptPerFrameMs: ((scriptAfter - scriptBefore) * 1000) / n,
      longAnimationFrames: sample.longFramesSupported ? sample.longFrames : null,
      longAnimationFrameMaxMs: sample.longFrameMaxMs,
      renderer,
      year: game.year,
      trace: {
        frames: cpuSorted.length,
        callbacks: traced.callbacks,
        cpuP95: percentile(cpuSorted, 0.95),
        cpuMedian: percentile(cpuSorted, 0.5),
        cpuMax: cpuSorted[cpuSorted.length - 1] ?? 0,
        wallP95: percentile(wallSorted, 0.95),
        wallMedian: percentile(wallSorted, 0.5),
      },
    };
  } finally {
    await context.close();
  }
}

try {
  const { rebuilt, stale, builtAt } = ensureBuilt();
  const bundle = measureBundle(dist);

  server = await startServer(serverDir);
  const served = await (
    await fetch(`${server.url}/`, { signal: AbortSignal.timeout(5_000) })
  ).text();
  if (served !== readFileSync(join(dist, 'index.html'), 'utf8')) {
    throw new Error(`${server.url}/ does not serve ${dist}/index.html`);
  }

  browser = await chromium.launch({ executablePath: chromiumPath, headless: true });
  const chromiumVersion = browser.version();

  const titleWarmups = [];
  for (let i = 0; i < TITLE_WARMUP_RUNS; i++)
    titleWarmups.push(await titleRun(browser, server.url));
  const titleRuns = [];
  for (let i = 0; i < TITLE_RUNS; i++) titleRuns.push(await titleRun(browser, server.url));
  const titleMedian = percentile(
    [...titleRuns].sort((x, y) => x - y),
    0.5,
  );

  const frames = await frameRun(browser, server.url);

  await browser.close();
  browser = null;
  const serverOutput = server
    .output()
    .replace(/.*running at .*\n?/, '')
    .trim();
  await server.stop();
  server = null;

  writeBenchResults(
    'game',
    {
      initialJsGzipBytes: {
        value: bundle.initial.gzipBytes,
        unit: 'bytes gzip (index.html + static imports)',
        better: 'lower',
        bar: 409_600,
      },
      totalJsGzipBytes: {
        value: bundle.total.gzipBytes,
        unit: 'bytes gzip (dist/assets/*.js)',
        better: 'lower',
      },
      titleInteractiveMs: {
        value: Math.round(titleMedian),
        unit: `ms, median of ${String(TITLE_RUNS)}`,
        better: 'lower',
        bar: 1500,
      },
      frameScriptP95Ms: {
        value: round(frames.p95),
        unit: 'ms/frame p95 (rAF callbacks)',
        better: 'lower',
        bar: 4,
      },
      frameScriptMedianMs: {
        value: round(frames.median),
        unit: 'ms/frame median',
        better: 'lower',
      },
      frameScriptCpuP95Ms: {
        value: round(frames.trace.cpuP95),
        unit: 'ms/frame p95 (thread CPU, trace)',
        better: 'lower',
      },
    },
    {
      date: new Date().toISOString(),
      chromium: chromiumVersion,
      headless: true,
      viewport: contextOptions.viewport,
      node: process.version,
      cpu: cpus()[0]?.model,
      cores: cpus().length,
      loadavg1mBefore: round(loadBefore[0] ?? 0, 2),
      loadavg1mAfter: round(loadavg()[0] ?? 0, 2),
      runs: {
        title: TITLE_RUNS,
        titleWarmup: TITLE_WARMUP_RUNS,
        frameWarmupMs: FRAME_WARMUP_MS,
        frameWindowMs: FRAME_WINDOW_MS,
      },
      bundle: {
        initialFrom:
          bundle.source === 'manifest' ? '.vite/manifest.json' : 'index.html + static imports',
        initialFiles: bundle.initial.files,
        totalFiles: bundle.total.files.length,
        gzipLevel: GZIP_LEVEL,
        distBuiltAt: builtAt,
        rebuiltByBench: rebuilt,
        distStale: stale,
      },
      server: 'node apps/server/dist/index.js (127.0.0.1, free port, LOG_LEVEL=warn, temp SQLite)',
      serverOutput: serverOutput === '' ? null : serverOutput.slice(-2_000),
      title: {
        measures: `navigation start → a button named "${PLAY_NAME}" in the DOM, laid out, visible and enabled (MutationObserver; fresh context each run)`,
        runsMs: titleRuns.map((x) => round(x, 1)),
        warmupMs: titleWarmups.map((x) => round(x, 1)),
      },
      frame: {
        measures:
          'per animation frame, the wall time inside all requestAnimationFrame callbacks (Phaser game loop: scene update + render submission), idle Play scene',
        url: `/?test=1&seed=${String(SEED)}&scenario=${SCENARIO}`,
        year: frames.year,
        frames: frames.frames,
        fps: round(frames.fps, 1),
        meanMs: round(frames.mean),
        maxMs: round(frames.max),
        allMainThreadScriptPerFrameMs: round(frames.allScriptPerFrameMs),
        longAnimationFrames: frames.longAnimationFrames,
        longAnimationFrameMaxMs: round(frames.longAnimationFrameMaxMs, 1),
        trace: {
          measures:
            'a second window under a Chromium trace (devtools.timeline): per frame, the FireAnimationFrame events of the renderer main thread (grouped by their RunTask), thread CPU time (tdur) and wall time (dur)',
          frames: frames.trace.frames,
          callbacks: frames.trace.callbacks,
          cpuP95Ms: round(frames.trace.cpuP95),
          cpuMedianMs: round(frames.trace.cpuMedian),
          cpuMaxMs: round(frames.trace.cpuMax),
          wallP95Ms: round(frames.trace.wallP95),
          wallMedianMs: round(frames.trace.wallMedian),
        },
        renderer: frames.renderer.renderer,
        glRenderer: frames.renderer.gl,
      },
      elapsedMs: Math.round(performance.now() - started),
    },
  );
} catch (error) {
  console.error(
    `game bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  if (server) console.error(`server output:\n${server.output()}`);
  process.exitCode = 1;
} finally {
  await browser?.close().catch(() => undefined);
  await server?.stop().catch(() => undefined);
}
