import { describe, expect, it } from 'vitest';
import { efficiency, labourCost, orderRetention, salesVolume } from './gvc-embedding.js';
import { requireScenario } from '../scenarios/index.js';
import { operate, QUIET_YEAR, type OperatingFirm } from '../engine/operate.js';

describe('GVC embedding as an OEM', () => {
  it('raises efficiency with process upgrading, licences and digital phases', () => {
    expect(efficiency(0, 1, 0, 0)).toBe(1);
    expect(efficiency(50, 1, 0, 0)).toBeGreaterThan(1);
    expect(efficiency(50, 1.2, 0, 0)).toBeGreaterThan(efficiency(50, 1, 0, 0));
    expect(efficiency(0, 1, 0.2, 0.1)).toBeCloseTo(1.2 * 1.1, 12);
  });

  it('loses orders when wages outrun efficiency, within bounds', () => {
    expect(orderRetention(1, 1)).toBe(1);
    expect(orderRetention(3, 1)).toBeLessThan(1);
    expect(orderRetention(1e6, 1)).toBe(0.35);
    expect(orderRetention(1, 1e6)).toBe(1.15);
  });

  it('makes labour dearer with wages and cheaper with efficiency', () => {
    expect(labourCost(1000, 2, 1)).toBeGreaterThan(labourCost(1000, 1, 1));
    expect(labourCost(1000, 1, 2)).toBeCloseTo(labourCost(1000, 1, 1) / 2, 12);
  });
});

describe('exposure to world-market fluctuation (§4)', () => {
  it('passes a world shock fully to an OEM and partly to a diversified firm', () => {
    expect(salesVolume('OEM', 1, 1, -0.2, 1)).toBeCloseTo(0.8, 12);
    const obmDrop = 1 - salesVolume('OBM', 1, 1, -0.2, 1);
    expect(obmDrop).toBeGreaterThan(0);
    expect(obmDrop).toBeLessThan(0.2);
  });

  it('costs an OEM-dependent firm a larger share of its profit than a diversified one', () => {
    const sc = requireScenario('dongguan-electronics');
    const flows = QUIET_YEAR;
    const common = {
      knowledge: 150,
      coreTech: 80,
      design: 80,
      brand: 80,
      digitalPhase: 1,
      process: 40,
      licensed: 5,
      wage: 1.5,
      priceLevel: 1.1,
      worldDemand: 1,
      ownDemand: 1,
      patents: 10,
      debt: 0,
    };
    const shareLost = (firm: OperatingFirm): number => {
      const calm = operate(firm, sc, 5, 2013, flows).netProfit;
      const shocked = operate(firm, sc, 5, 2013, { ...flows, worldShock: -0.2 }).netProfit;
      expect(calm).toBeGreaterThan(0);
      return (calm - shocked) / calm;
    };
    expect(shareLost({ ...common, mode: 'OEM' })).toBeGreaterThan(
      shareLost({ ...common, mode: 'OBM' }),
    );
  });
});
