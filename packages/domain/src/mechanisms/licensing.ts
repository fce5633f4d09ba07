import { PARAMS } from '../model/parameters.js';

/**
 * The illusion of technological progress (§3.2): licensed foreign technology
 * lifts production efficiency at once, but teaches little — only a small share
 * scaled by absorptive capacity becomes the firm's own knowledge — while it
 * raises dependence and royalties.
 */
export function licenceEfficiencyGain(licensed: number): number {
  return PARAMS.licenceEfficiency * (licensed / (licensed + PARAMS.licenceHalf));
}

/** Knowledge actually learnt from this year's licensing spend. */
export function licenceLearning(spend: number, absorptive: number): number {
  return PARAMS.licenceLearning * absorptive * spend;
}

/** Foreign-technology dependence: the share of technology in use that is licensed (0–1). */
export function foreignDependence(licensed: number, knowledge: number, coreTech: number): number {
  const total = licensed + knowledge + coreTech;
  return total <= 0 ? 0 : licensed / total;
}

/** Royalties owed on revenue, rising with the licensed share of technology. */
export function royalties(revenue: number, licensed: number): number {
  return PARAMS.royaltyRate * (licensed / (licensed + PARAMS.licenceHalf)) * revenue;
}
