import { createHash } from 'node:crypto';
import { listScenarios, playGame, replay, strategies, type Strategy } from '../../src/index.js';

/**
 * Every scenario × every bot (the random player with three seeds) × three game
 * seeds. Performance work must leave every fingerprint unchanged: the server
 * verifies stored runs by replay, so a changed number is a model change.
 */
export const GAME_SEEDS = [1, 7, 4242] as const;
const RANDOM_SEEDS = [3, 11, 99] as const;

export function goldenStrategies(): [string, Strategy][] {
  const named = Object.entries(strategies).filter(([name]) => name !== 'random') as [
    string,
    Strategy,
  ][];
  return [
    ...named,
    ...RANDOM_SEEDS.map((s): [string, Strategy] => [`random${s}`, strategies.random(s)]),
  ];
}

const sha = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 24);

/** One game's fingerprints: the bot's play (decide, with explanations) and the verifier's replay. */
export function fingerprint(scenarioId: string, seed: number, strategy: Strategy): string {
  const game = playGame({ scenarioId, seed }, strategy);
  const played = JSON.stringify({
    state: game.state,
    decisions: game.decisions,
    reports: game.reports,
  });
  const lean = replay({ scenarioId, seed, decisions: game.decisions });
  if (!lean.ok) throw new Error(`replay failed: ${lean.error.code} ${lean.error.message}`);
  const explained = replay({ scenarioId, seed, decisions: game.decisions, explain: true });
  if (!explained.ok) throw new Error(`replay failed: ${explained.error.code}`);
  const verified = JSON.stringify({ state: lean.state, score: lean.score, history: lean.history });
  return `${sha(played)} ${sha(verified)} ${sha(JSON.stringify(explained.reports))}`;
}

/** The whole table, keyed `scenario/strategy/seed`. */
export function fingerprints(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const scenario of listScenarios()) {
    for (const [name, strategy] of goldenStrategies()) {
      for (const seed of GAME_SEEDS) {
        out[`${scenario.id}/${name}/${seed}`] = fingerprint(scenario.id, seed, strategy);
      }
    }
  }
  return out;
}
