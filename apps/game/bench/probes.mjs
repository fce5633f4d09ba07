// @ts-check
// Code that runs inside the page. Playwright sends each function as source text,
// so every one of them must be self-contained (no imports, no outer variables).
/* global window, document, getComputedStyle, MutationObserver, HTMLCanvasElement */

/**
 * @typedef {Window & { __benchTitleAt?: number }} TitleWindow
 *
 * @typedef {object} FrameProbe
 * @property {boolean} recording
 * @property {Map<number, number>} frames rAF timestamp → ms spent in that frame's rAF callbacks
 * @property {PerformanceEntry[]} longFrames long-animation-frame entries while recording
 * @property {PerformanceObserver | null} observer
 *
 * @typedef {Window & { __benchFrames?: FrameProbe }} FrameWindow
 *
 * @typedef {object} FrameSample
 * @property {number[]} scriptMs per frame, the time inside its requestAnimationFrame callbacks
 * @property {number[]} timestamps the frames' rAF timestamps, in order
 * @property {number} longFrames long animation frames (> 50 ms) seen while recording
 * @property {number} longFrameMaxMs the longest of them (0 if none)
 * @property {boolean} longFramesSupported whether Chromium reports long-animation-frame entries
 */

/**
 * Init script for the title: records `performance.now()` (ms since navigation
 * start) the first time a button named `name` is in the DOM, laid out with a
 * non-empty box, not `visibility: hidden`, and enabled (not :disabled, inert or
 * aria-disabled) — what Playwright's toBeVisible() and toBeEnabled() ask.
 * A MutationObserver checks after every DOM change, so the time is taken in the
 * same task that inserted the button, before it is painted.
 * @param {string} name the button's accessible name (its text; it has no aria-label)
 */
export function installTitleProbe(name) {
  const w = /** @type {TitleWindow} */ (window);
  const interactive = (/** @type {HTMLButtonElement} */ el) => {
    const label = (el.getAttribute('aria-label') ?? el.textContent).replace(/\s+/g, ' ').trim();
    if (label !== name) return false;
    if (el.matches(':disabled') || el.closest('[inert], [aria-disabled="true"]')) return false;
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility === 'visible';
  };
  const observer = new MutationObserver(() => {
    if (w.__benchTitleAt !== undefined) return;
    for (const el of document.querySelectorAll('button')) {
      if (interactive(el)) {
        w.__benchTitleAt = performance.now();
        observer.disconnect();
        return;
      }
    }
  });
  observer.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['disabled', 'hidden', 'inert', 'aria-disabled', 'class', 'style'],
  });
}

/**
 * Init script for the Play scene: wraps `window.requestAnimationFrame` before the
 * game loads, so every rAF callback — Phaser's game loop (TimeStep → game.step:
 * scene updates and rendering) and anything else that asks for a frame — is
 * timed with `performance.now()` before and after. Callbacks that get the same
 * rAF timestamp belong to one frame; their times are summed. Nothing is kept
 * until `startFrameRecording` runs.
 */
export function installFrameProbe() {
  const w = /** @type {FrameWindow} */ (window);
  const native = window.requestAnimationFrame.bind(window);
  /** @type {FrameProbe} */
  const probe = { recording: false, frames: new Map(), longFrames: [], observer: null };
  w.__benchFrames = probe;
  window.requestAnimationFrame = (callback) =>
    native((timestamp) => {
      const start = performance.now();
      try {
        callback(timestamp);
      } finally {
        if (probe.recording) {
          const spent = performance.now() - start;
          probe.frames.set(timestamp, (probe.frames.get(timestamp) ?? 0) + spent);
        }
      }
    });
}

/**
 * Records for `ms` milliseconds and returns the frames seen. Also observes
 * long-animation-frame entries (Chromium reports only frames over 50 ms, so they
 * count stalls; they cannot give a per-frame distribution).
 * @param {number} ms
 * @returns {Promise<FrameSample>}
 */
export async function recordFrames(ms) {
  const probe = /** @type {FrameWindow} */ (window).__benchFrames;
  if (!probe) throw new Error('The frame probe is not installed');
  const longFramesSupported =
    PerformanceObserver.supportedEntryTypes.includes('long-animation-frame');
  probe.frames.clear();
  probe.longFrames = [];
  if (longFramesSupported) {
    probe.observer = new PerformanceObserver((list) => {
      probe.longFrames.push(...list.getEntries());
    });
    probe.observer.observe({ type: 'long-animation-frame' });
  }
  probe.recording = true;
  await new Promise((resolve) => setTimeout(resolve, ms));
  probe.recording = false;
  if (probe.observer) {
    probe.longFrames.push(...probe.observer.takeRecords());
    probe.observer.disconnect();
  }
  const entries = [...probe.frames.entries()].sort((a, b) => a[0] - b[0]);
  return {
    scriptMs: entries.map(([, spent]) => spent),
    timestamps: entries.map(([timestamp]) => timestamp),
    longFrames: probe.longFrames.length,
    longFrameMaxMs: Math.max(0, ...probe.longFrames.map((e) => e.duration)),
    longFramesSupported,
  };
}

/**
 * Which renderer Phaser picked for `#game canvas` (a canvas keeps the context
 * type it was first given; asking for another returns null), and the GL renderer.
 * @returns {{ renderer: string, gl: string | null }}
 */
export function rendererInfo() {
  const canvas = document.querySelector('#game canvas');
  if (!(canvas instanceof HTMLCanvasElement)) return { renderer: 'none', gl: null };
  const gl2 = canvas.getContext('webgl2');
  const gl = gl2 ?? canvas.getContext('webgl');
  if (!gl) return { renderer: 'Canvas', gl: null };
  const debug = gl.getExtension('WEBGL_debug_renderer_info');
  return {
    renderer: gl2 ? 'WebGL2' : 'WebGL',
    gl: debug ? String(gl.getParameter(debug.UNMASKED_RENDERER_WEBGL)) : null,
  };
}
