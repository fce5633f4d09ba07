import { describe, expect, it } from 'vitest';
import { requireScenario } from '../scenarios/index.js';
import { creditHeadroom, incomeTax } from './liquidity.js';

const market = requireScenario('dongguan-electronics').market;

describe('liquidity: tax incentives and credit', () => {
  it('pays no tax on a loss', () => {
    expect(incomeTax(-10, 0, 100, market).tax).toBe(0);
  });

  it('charges the standard rate below the HNTE R&D intensity and the lower rate above it', () => {
    const low = incomeTax(100, 1, 1000, market);
    expect(low.hnte).toBe(false);
    expect(low.tax).toBeCloseTo((100 - market.rndSuperDeduction * 1) * market.corporateTax, 12);
    const high = incomeTax(100, 30, 1000, market);
    expect(high.hnte).toBe(true);
    expect(high.tax).toBeCloseTo((100 - market.rndSuperDeduction * 30) * market.hnteTax, 12);
  });

  it('lends up to a multiple of revenue, and nothing where loans are not allowed', () => {
    expect(creditHeadroom(0, 1000, market)).toBe(Math.floor(market.loan.maxDebtToRevenue * 1000));
    expect(creditHeadroom(1e6, 1000, market)).toBe(0);
    expect(creditHeadroom(0, 1000, { ...market, loan: { ...market.loan, allowed: false } })).toBe(
      0,
    );
  });
});
