import type { GameState, TrailPoint } from '@smile-curve/domain';
import type { Lang } from '../app/settings.js';
import { tIn } from '../i18n/i18n.js';
import { termsIn } from '../i18n/terms.js';
import type { WorldModel } from '../world/world-view.js';
import { domain } from '../domain-runtime.js';

/** What the world draws of a game state; `trail` can stop early (the year report's animation). */
export function worldModelOf(
  state: GameState,
  language: Lang,
  options: { trail?: readonly TrailPoint[]; ghost?: readonly TrailPoint[] } = {},
): WorldModel {
  const w = termsIn(language);
  const firm = state.firm;
  const ties = domain().PARTNER_IDS.map((p, i) => [p, firm.ties[i] ?? 0] as const);
  return {
    language,
    trail: options.trail ?? state.trail,
    ...(options.ghost ? { ghost: options.ghost } : {}),
    mode: firm.mode,
    digitalPhase: firm.digitalPhase,
    lockedIn: firm.lockedIn,
    lockInRisk: firm.lockInRisk,
    patents: firm.patents,
    ties,
    labels: {
      rnd: w.stages.rnd,
      assembly: w.stages.assembly,
      brand: w.stages.brandServices,
      share: tIn(language, 'world.share'),
      partners: w.partners,
    },
  };
}
