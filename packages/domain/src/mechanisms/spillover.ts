import { PARAMS } from '../model/parameters.js';
import { PARTNER_IDS, type PartnerId } from '../schemas/ids.js';
import type { Ecosystem } from '../engine/state.js';

/**
 * How much each partner type's knowledge is amplified by the regional
 * ecosystem (§5.1, §5.3): government–industry–research integration raises what
 * universities, institutes and government programmes pass on; Hong Kong/Macao
 * cooperation raises the GBA partners'; MNC presence raises MNC R&D spillover.
 */
export function ecosystemMultiplier(partner: PartnerId, eco: Ecosystem): number {
  switch (partner) {
    case 'university':
    case 'institute':
    case 'government':
      return 0.6 + eco.govIndustryResearch;
    case 'hkMacao':
      return 0.5 + eco.hkMacao;
    case 'mncRnd':
      return 0.5 + eco.mncPresence;
    case 'nonprofit':
    case 'talent':
    case 'overseasRnd':
      return 1;
  }
}

/**
 * Reachable external knowledge X = Σ_p s_p·pool_p·eco_p + event spillover
 * (GIC embedding widens the pool: closed → open innovation, §3.1).
 */
export function reachableKnowledge(
  ties: readonly number[],
  pools: Readonly<Record<PartnerId, number>>,
  eco: Ecosystem,
  eventSpillover: number,
): number {
  return reachableFromPools(
    ties,
    PARTNER_IDS.map((p) => pools[p]),
    eco,
    eventSpillover,
  );
}

/**
 * reachableKnowledge with the pools as an array in PARTNER_IDS order (the
 * engine keeps it per scenario), written out per partner type so a replay
 * does no lookups by id. The same terms, added in the same order.
 */
export function reachableFromPools(
  ties: readonly number[],
  pools: readonly number[],
  eco: Ecosystem,
  eventSpillover: number,
): number {
  const gir = 0.6 + eco.govIndustryResearch;
  let x = eventSpillover;
  for (let i = 0; i < PARTNER_IDS.length; i++) {
    const strength = ties[i] ?? 0;
    if (strength === 0) continue;
    // PARTNER_IDS order: university, institute, government, nonprofit, talent, mncRnd, hkMacao, overseasRnd.
    const multiplier =
      i <= 2 ? gir : i === 5 ? 0.5 + eco.mncPresence : i === 6 ? 0.5 + eco.hkMacao : 1;
    x += strength * (pools[i] ?? 0) * multiplier;
  }
  return x;
}

/** Effective IP protection ε = 1 − (1 − regional)·(1 − own): either layer protects. */
export function effectiveIp(regionalIp: number, ownIp: number): number {
  return 1 - (1 - regionalIp) * (1 - ownIp);
}

/** Knowledge leaking to rivals each year under weak protection: (1 − ε)·leak·K (§4). */
export function knowledgeLeak(knowledge: number, ip: number): number {
  return (1 - ip) * PARAMS.ipLeak * knowledge;
}

/** Partners' willingness to share depends on IP protection (§4: "poor environmental protection of IPR"). */
export function partnerWillingness(ip: number): number {
  return 0.45 + 0.55 * ip;
}
