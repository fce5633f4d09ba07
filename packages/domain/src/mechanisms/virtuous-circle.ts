import { PARAMS } from '../model/parameters.js';
import type { Rng } from '../prng/prng.js';
import { exp } from '../math/det-math.js';

/**
 * The virtuous circle (§3): technology incubation → innovation results with
 * market value (patents) → new technology in use → more revenue for R&D.
 * New patents are a Poisson draw with mean proportional to knowledge created.
 */
export function drawNewPatents(rng: Rng, knowledgeCreated: number, ip: number): number {
  const mean = PARAMS.patentRate * knowledgeCreated * (0.5 + 0.5 * ip);
  // Knuth's Poisson sampler with a deterministic exp; capped so a huge mean stays cheap.
  const limit = exp(-mean);
  let product = 1;
  let count = -1;
  do {
    product *= rng.float();
    count++;
  } while (product > limit && count < 60);
  return count;
}

/** Product-value premium from patents in use, on the diversified (own) channel. */
export function patentPremium(patents: number): number {
  return PARAMS.patentPremium * Math.min(patents, PARAMS.patentPremiumCap);
}
