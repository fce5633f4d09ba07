/** UTC calendar dates for the daily challenge; the clock is the context's. */

/** YYYY-MM-DD of an instant, in UTC. */
export function utcDate(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

/** A daily run may be submitted on its UTC date or the day after (a game started before midnight). */
export function isOpenDailyDate(date: string, nowMs: number): boolean {
  const day = 24 * 60 * 60 * 1000;
  return date === utcDate(nowMs) || date === utcDate(nowMs - day);
}
