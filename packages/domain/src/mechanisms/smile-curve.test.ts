import { describe, expect, it } from 'vitest';
import { requireScenario } from '../scenarios/index.js';
import {
  S,
  STAGE_CEILING,
  capturedShare,
  stageCapabilities,
  stageMargin,
  stageWeights,
  weightedMean,
  stagePositions,
} from './smile-curve.js';

const curve = requireScenario('dongguan-electronics').smileCurve;
const oem = {
  mode: 'OEM' as const,
  knowledge: 10,
  coreTech: 3,
  design: 5,
  brand: 0,
  digitalPhase: 0,
};

describe('smile curve', () => {
  it('is U-shaped: assembly at the bottom, R&D and brand at the ends', () => {
    const w = stageWeights(0, curve);
    const min = Math.min(...w);
    expect(w[S.assembly]).toBe(min);
    expect(w[S.rnd]).toBeGreaterThan(w[S.keyComponents] ?? 1);
    expect(w[S.brandServices]).toBeGreaterThan(w[S.logistics] ?? 1);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('deepens over time: assembly keeps a smaller share (Baldwin & Ito)', () => {
    expect(stageWeights(19, curve)[S.assembly]).toBeLessThan(
      stageWeights(0, curve)[S.assembly] ?? 0,
    );
    expect(stageMargin(0, 10, curve)).toBeGreaterThan(stageMargin(0, 0, curve));
    expect(stageMargin(curve.bottom, 10, curve)).toBe(curve.base);
  });

  it('gives an OEM a few per cent of the value, like the iPhone teardowns', () => {
    const v = capturedShare(stageWeights(0, curve), stageCapabilities(oem));
    expect(v).toBeGreaterThan(0.04);
    expect(v).toBeLessThan(0.1);
  });

  it('captures more as the firm moves to ODM and OBM, never above the stage ceilings', () => {
    const w = stageWeights(0, curve);
    const strong = { knowledge: 400, coreTech: 300, design: 300, brand: 300, digitalPhase: 3 };
    const odm = capturedShare(w, stageCapabilities({ ...strong, mode: 'ODM' }));
    const obm = capturedShare(w, stageCapabilities({ ...strong, mode: 'OBM' }));
    const oemStrong = capturedShare(w, stageCapabilities({ ...strong, mode: 'OEM' }));
    expect(oemStrong).toBeLessThan(odm);
    expect(odm).toBeLessThan(obm);
    expect(obm).toBeLessThanOrEqual(capturedShare(w, STAGE_CEILING));
  });

  it('keeps design and brand near zero under OEM: captive buyers own them', () => {
    const caps = stageCapabilities({ ...oem, design: 1000, brand: 1000 });
    expect(caps[S.design]).toBeLessThan(0.08);
    expect(caps[S.marketing]).toBe(0);
    expect(caps[S.brandServices]).toBe(0);
  });

  it('places a firm that only assembles at the bottom position', () => {
    const w = stageWeights(0, curve);
    const onlyAssembly = [0, 0, 0, 1, 0, 0, 0];
    expect(weightedMean(w, onlyAssembly, stagePositions(curve))).toBe(0.5);
    expect(weightedMean(w, [0, 0, 0, 0, 0, 0, 0], stagePositions(curve))).toBe(0.5);
  });
});
