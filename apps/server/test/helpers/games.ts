import { randomUUID } from 'node:crypto';
import {
  playGame,
  replay,
  strategies,
  type Decision,
  type ScoreBreakdown,
} from '@smile-curve/domain';

/** Real finished games, played by the domain's bots, with the score a replay gives them. */
export interface TestGame {
  runId: string;
  scenarioId: string;
  seed: number;
  decisions: Decision[];
  expected: ScoreBreakdown;
}

export type Bot = Exclude<keyof typeof strategies, 'random'>;

export function botGame(bot: Bot, scenarioId: string, seed: number): TestGame {
  const { decisions } = playGame({ scenarioId, seed }, strategies[bot]);
  const replayed = replay({ scenarioId, seed, decisions });
  if (!replayed.ok) throw new Error(`bot game does not replay: ${replayed.error.code}`);
  return { runId: randomUUID(), scenarioId, seed, decisions, expected: replayed.score };
}
