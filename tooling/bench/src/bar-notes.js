// Why each bar is what it is, for docs/performance.md. Matched against the
// metric's full name (`suite.metric`) in order; the first match explains it.

/** @type {Array<[RegExp, string]>} */
export const BAR_NOTES = [
  [
    /^domain\.replaysPerSecond$/,
    'The server replays every submitted game before it stores a score, so replay speed caps how many submissions one core can verify. 20,000 full 20-year games per CPU-second leaves the replay a small share of a submit request. Measured as the median of seven 1 s windows of CPU time (steadier than wall time on a shared machine).',
  ],
  [
    /^domain\.stateBytes$/,
    'A finished game state is saved in the browser (localStorage) and sent in debriefs; 8 KB keeps many saves within localStorage quotas on school Chromebooks.',
  ],
  [
    /^domain\.logBytes$/,
    'The decision log is what a student uploads and what the server stores per run: 2 KB keeps a 1,000,000-run board small and a submit cheap on a school network.',
  ],
  [
    /^game\.initialJsGzipBytes$/,
    'What a Chromebook on a school network must download before the title screen: at most 400 KB gzip.',
  ],
  [
    /^game\.titleInteractiveMs$/,
    'From navigation to a title screen that takes a click, in headless Chromium on `pnpm start` (median of 5): under 1.5 s so a class of 30 does not wait.',
  ],
  [
    /^game\.frameScriptP95Ms$/,
    'Script time per frame in the Play scene (p95 of requestAnimationFrame callbacks): under 4 ms leaves most of a 16.7 ms frame to rendering on a low-end device.',
  ],
  [
    /ratioToHealth$/,
    'Throughput relative to a bare tRPC procedure measured in the same run on the same machine (a ratio, because absolute req/s on a shared 2-core machine is noise): `leaderboards.top` at least 80 % of it, `runs.submit` (a full 20-year replay plus a write) at least 50 %.',
  ],
  [
    /(rankOf|top)(\.page2|\.deep)?(\.1conn)?\.p99$/,
    'Per-request latency of leaderboard reads, p99. Under 5 ms so a live board of a large class stays responsive; the load at which it is measured is stated in the unit.',
  ],
  [/errors$/, 'Any failed or non-2xx response under load is a bug: the bar is 0.'],
  [
    /peakRss$/,
    'Peak resident memory of the server process (VmHWM): under 300 MB so one small VM or a school server can host it.',
  ],
  [
    /^classroom-burst\./,
    'A district-wide start: 1,000 students join and submit a full game within 10 s. 0 errors, each join and each submit answered with p99 < 50 ms, every acknowledged run on the board exactly once.',
  ],
  [
    /^classroom\./,
    'A class of students joining and submitting at once while every screen watches the live board: 0 errors, and a new run reaches every subscriber within 1 s (p99).',
  ],
];

/**
 * @param {string} name `suite.metric`
 * @returns {string | undefined}
 */
export function barNote(name) {
  return BAR_NOTES.find(([pattern]) => pattern.test(name))?.[1];
}
