import type { Decision, Indicators, Mode } from '@smile-curve/domain';

export type MomentKind =
  'mode' | 'lockedIn' | 'escaped' | 'valueUp' | 'valueDown' | 'lockUp' | 'lockDown';

/** A year that changed the game, and the decision behind it. */
export interface Moment {
  readonly kind: MomentKind;
  readonly year: number;
  readonly mode: Mode;
  readonly from: number;
  readonly to: number;
  /** The lever the player spent most on that year, and how much (null: nothing spent). */
  readonly topLever: { readonly lever: string; readonly amount: number } | null;
}

function topLever(decision: Decision | undefined): Moment['topLever'] {
  let best: Moment['topLever'] = null;
  for (const [lever, amount] of Object.entries(decision?.spend ?? {})) {
    if (amount > 0 && (best === null || amount > best.amount)) best = { lever, amount };
  }
  return best;
}

/**
 * The 2–3 decisive moments of a game, from its indicator series (baseline
 * first, then one entry per year) and the decisions that made it: mode
 * changes and lock-in switches first, then the largest year-on-year change in
 * value-added share and in lock-in risk. In chronological order.
 */
export function decisiveMoments(
  series: readonly Indicators[],
  decisions: readonly Decision[],
  limit = 3,
): Moment[] {
  const picked: Moment[] = [];
  const years = new Set<number>();
  const add = (m: Moment): void => {
    if (picked.length >= limit || years.has(m.year)) return;
    picked.push(m);
    years.add(m.year);
  };
  const moment = (i: number, kind: MomentKind, from: number, to: number): Moment => {
    const now = series[i];
    if (!now) throw new Error(`no indicators at ${i}`);
    return { kind, year: now.year, mode: now.mode, from, to, topLever: topLever(decisions[i - 1]) };
  };

  let bestValue: { i: number; delta: number } | null = null;
  let bestLock: { i: number; delta: number } | null = null;
  const switches: Moment[] = [];
  for (let i = 1; i < series.length; i++) {
    const prev = series[i - 1];
    const now = series[i];
    if (!prev || !now) continue;
    if (now.mode !== prev.mode) switches.push(moment(i, 'mode', 0, 0));
    if (now.lockedIn !== prev.lockedIn) {
      switches.push(
        moment(i, now.lockedIn ? 'lockedIn' : 'escaped', prev.lockInRisk, now.lockInRisk),
      );
    }
    const dv = now.valueAddedShare - prev.valueAddedShare;
    if (!bestValue || Math.abs(dv) > Math.abs(bestValue.delta)) bestValue = { i, delta: dv };
    const dl = now.lockInRisk - prev.lockInRisk;
    if (!bestLock || Math.abs(dl) > Math.abs(bestLock.delta)) bestLock = { i, delta: dl };
  }
  for (const m of switches.slice(0, limit - 1)) add(m);
  const tiny = 0.002;
  if (bestValue && Math.abs(bestValue.delta) > tiny) {
    const { i, delta } = bestValue;
    add(
      moment(
        i,
        delta > 0 ? 'valueUp' : 'valueDown',
        series[i - 1]?.valueAddedShare ?? 0,
        series[i]?.valueAddedShare ?? 0,
      ),
    );
  }
  if (bestLock && Math.abs(bestLock.delta) > tiny) {
    const { i, delta } = bestLock;
    add(
      moment(
        i,
        delta > 0 ? 'lockUp' : 'lockDown',
        series[i - 1]?.lockInRisk ?? 0,
        series[i]?.lockInRisk ?? 0,
      ),
    );
  }
  for (const m of switches) add(m);
  return picked.sort((a, b) => a.year - b.year);
}
