// `pnpm bench` suite for the domain: full-game replays per second (the
// server's verifier) and the sizes of a finished state and a decision log.
import { writeBenchResults } from '@smile-curve/bench';
import { cpus } from 'node:os';
import {
  DEFAULT_SCENARIO_ID,
  ENGINE_VERSION,
  encodeDecisionLog,
  playGame,
  replay,
  strategies,
} from '../src/index.js';

const SEED = 7;
const game = playGame({ scenarioId: DEFAULT_SCENARIO_ID, seed: SEED }, strategies.balancedGic);
const input = { scenarioId: DEFAULT_SCENARIO_ID, seed: SEED, decisions: game.decisions };

/** Replays per CPU-second over one window (CPU time is steadier than wall time on a shared machine). */
function window(ms: number): number {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < ms) {
    const r = replay(input);
    if (!r.ok) throw new Error(r.error.message);
    n++;
  }
  const c = process.cpuUsage(c0);
  return n / ((c.user + c.system) / 1e6);
}

window(1000); // warm up the JIT
const windows = Array.from({ length: 7 }, () => window(1000)).sort((a, b) => a - b);
const median = windows[3] ?? 0;

writeBenchResults(
  'domain',
  {
    replaysPerSecond: {
      value: Math.round(median),
      unit: 'replays/s (one core, CPU time)',
      better: 'higher',
      bar: 20_000,
    },
    replaysPerSecondBestWindow: {
      value: Math.round(windows.at(-1) ?? 0),
      unit: 'replays/s',
      better: 'higher',
    },
    stateBytes: {
      value: JSON.stringify(game.state).length,
      unit: 'bytes',
      better: 'lower',
      bar: 8192,
    },
    // The log as submitted and stored: the compact canonical encoding.
    logBytes: {
      value: JSON.stringify(encodeDecisionLog(game.decisions)).length,
      unit: 'bytes',
      better: 'lower',
      bar: 2048,
    },
    logBytesVerbose: {
      value: JSON.stringify(game.decisions).length,
      unit: 'bytes (plain Decision[] JSON, for comparison)',
      better: 'lower',
    },
  },
  {
    engineVersion: ENGINE_VERSION,
    scenario: DEFAULT_SCENARIO_ID,
    strategy: 'balancedGic',
    years: game.decisions.length,
    cpu: cpus()[0]?.model,
    cores: cpus().length,
    node: process.version,
  },
);
