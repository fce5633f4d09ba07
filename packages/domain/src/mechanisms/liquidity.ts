import type { Scenario } from '../schemas/scenario.js';

/**
 * Corporate income tax with China's R&D incentives: a High and New Technology
 * Enterprise (R&D at least `hnteRndIntensity` of revenue) pays the lower rate,
 * and R&D spending is deducted again at the super-deduction rate.
 */
export function incomeTax(
  profitBeforeTax: number,
  rndSpend: number,
  revenue: number,
  market: Scenario['market'],
): { tax: number; hnte: boolean } {
  const hnte = revenue > 0 && rndSpend / revenue >= market.hnteRndIntensity;
  const taxable = profitBeforeTax - market.rndSuperDeduction * rndSpend;
  const rate = hnte ? market.hnteTax : market.corporateTax;
  return { tax: taxable > 0 ? taxable * rate : 0, hnte };
}

/** How much more the firm may borrow: debt is capped at a multiple of last year's revenue. */
export function creditHeadroom(
  debt: number,
  lastRevenue: number,
  market: Scenario['market'],
): number {
  if (!market.loan.allowed) return 0;
  return Math.max(0, Math.floor(market.loan.maxDebtToRevenue * lastRevenue - debt));
}
