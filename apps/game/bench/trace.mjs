// @ts-check
// Per-frame script time from a Chromium trace: the renderer main thread's
// FireAnimationFrame events (one per requestAnimationFrame callback), with both
// their wall time (`dur`) and their thread CPU time (`tdur`). CPU time leaves out
// the time the thread sat descheduled or waiting, which on a shared 2-core machine
// running SwiftShader (software WebGL) can be most of the wall time.

/** The trace categories `animationFrames` needs. */
export const TRACE_CATEGORIES = ['devtools.timeline'];

/**
 * @typedef {object} TraceEvent
 * @property {string} name
 * @property {string} ph
 * @property {number} pid
 * @property {number} tid
 * @property {number} ts µs
 * @property {number} [dur] µs, wall
 * @property {number} [tdur] µs, thread CPU
 */

/**
 * @typedef {object} TraceFrames
 * @property {number[]} wallMs per frame: wall time in rAF callbacks
 * @property {number[]} cpuMs per frame: thread CPU time in rAF callbacks
 * @property {number} callbacks FireAnimationFrame events seen
 */

/**
 * Groups FireAnimationFrame events into frames: the callbacks of one frame run
 * inside one RunTask of the renderer main thread.
 * @param {string} json the buffer `browser.stopTracing()` returns, as text
 * @returns {TraceFrames}
 */
export function animationFrames(json) {
  /** @type {{ traceEvents?: TraceEvent[] } | TraceEvent[]} */
  const parsed = JSON.parse(json);
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const fires = events
    .filter((e) => e.name === 'FireAnimationFrame' && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  const first = fires[0];
  if (!first) return { wallMs: [], cpuMs: [], callbacks: 0 };
  const tasks = events
    .filter(
      (e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === first.pid && e.tid === first.tid,
    )
    .sort((a, b) => a.ts - b.ts);
  /** @type {Map<number, { wall: number, cpu: number }>} */
  const frames = new Map();
  let t = 0;
  for (const fire of fires) {
    if (fire.pid !== first.pid || fire.tid !== first.tid) continue;
    const end = fire.ts + (fire.dur ?? 0);
    while (t < tasks.length && (tasks[t]?.ts ?? 0) + (tasks[t]?.dur ?? 0) < end) t++;
    const task = tasks[t];
    const key = task && task.ts <= fire.ts ? task.ts : fire.ts;
    const frame = frames.get(key) ?? { wall: 0, cpu: 0 };
    frame.wall += (fire.dur ?? 0) / 1000;
    frame.cpu += (fire.tdur ?? fire.dur ?? 0) / 1000;
    frames.set(key, frame);
  }
  const list = [...frames.values()];
  return {
    wallMs: list.map((f) => f.wall),
    cpuMs: list.map((f) => f.cpu),
    callbacks: fires.length,
  };
}
