// Real finished games for the server bench, played on distinct seeds by the
// domain's random player and its balancedGic bot, with what the server's
// replay makes of them.
import {
  DEFAULT_SCENARIO_ID,
  encodeDecisionLog,
  indicators,
  playGame,
  replay,
  strategies,
  type Decision,
} from '@smile-curve/domain';
import { encodeTrajectory } from '../src/services/trajectory-codec.js';

export const SCENARIO_ID = DEFAULT_SCENARIO_ID;

export interface BenchGame {
  seed: number;
  strategy: string;
  decisions: Decision[];
  /** The decision log as JSON, as a client sends it. */
  decisionsJson: string;
  /** The decision log as the server stores it (the domain's compact encoding). */
  storedLogJson: string;
  score: number;
  status: string;
  breakdownJson: string;
  finalIndicatorsJson: string;
  trajectoryJson: string;
}

/**
 * `count` games on seeds `firstSeed`, `firstSeed + 1`, …: three in four by a
 * random player (its own seed), one in four by balancedGic. Their scores
 * spread from about 60 to 4,700 with few equal ones; the other archetype bots
 * are left out because each lands on a handful of scores, which would pile
 * thousands of runs onto one score on a 100,000-run board.
 */
export function playGames(count: number, firstSeed: number): BenchGame[] {
  const games: BenchGame[] = [];
  for (let i = 0; i < count; i++) {
    const seed = firstSeed + i;
    const random = i % 4 !== 3;
    const played = playGame(
      { scenarioId: SCENARIO_ID, seed },
      random ? strategies.random(seed) : strategies.balancedGic,
    );
    const replayed = replay({ scenarioId: SCENARIO_ID, seed, decisions: played.decisions });
    if (!replayed.ok) {
      throw new Error(`a bench game does not replay (seed ${seed}): ${replayed.error.message}`);
    }
    games.push({
      seed,
      strategy: random ? 'random' : 'balancedGic',
      decisions: played.decisions,
      decisionsJson: JSON.stringify(played.decisions),
      storedLogJson: JSON.stringify(encodeDecisionLog(played.decisions)),
      score: replayed.score.total,
      status: replayed.state.status,
      breakdownJson: JSON.stringify(replayed.score),
      finalIndicatorsJson: JSON.stringify(indicators(replayed.state)),
      trajectoryJson: JSON.stringify(encodeTrajectory(replayed.history)),
    });
  }
  return games;
}
