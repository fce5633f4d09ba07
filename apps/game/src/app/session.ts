import type {
  Decision,
  DomainError,
  GameState,
  Indicators,
  Scenario,
  YearReport,
} from '@smile-curve/domain';
import { domain } from '../domain-runtime.js';
import type { SavedGame } from './save.js';

/** What makes a game: with the decisions, everything else is replayed. */
export interface GameSetup {
  readonly runId: string;
  readonly scenarioId: string;
  readonly seed: number;
  /** The UTC date of a daily challenge, or null. */
  readonly daily: string | null;
}

export type SessionResult =
  | { readonly ok: true; readonly session: GameSession }
  | { readonly ok: false; readonly error: DomainError; readonly year: number | null };

/**
 * A game in the browser: the setup, the accepted decisions and what the
 * domain made of them. Every number comes from the domain; this class only
 * keeps the history a debrief needs.
 */
export class GameSession {
  private readonly _decisions: Decision[] = [];
  private readonly _reports: YearReport[] = [];
  private readonly _history: Indicators[] = [];

  private constructor(
    readonly setup: GameSetup,
    readonly initial: GameState,
    private current: GameState,
  ) {}

  /** Starts a new game. */
  static start(setup: GameSetup): SessionResult {
    const started = domain().newGame({ scenarioId: setup.scenarioId, seed: setup.seed });
    if (!started.ok) return { ok: false, error: started.error, year: null };
    return { ok: true, session: new GameSession(setup, started.state, started.state) };
  }

  /** Rebuilds a game by replaying its decisions; the first refused one fails the restore. */
  static restore(setup: GameSetup, decisions: readonly unknown[]): SessionResult {
    const started = GameSession.start(setup);
    if (!started.ok) return started;
    const session = started.session;
    for (const raw of decisions) {
      const year = session.state.year;
      const result = session.decide(raw);
      if (!result.ok) return { ok: false, error: result.error, year };
    }
    return started;
  }

  get state(): GameState {
    return this.current;
  }

  get decisions(): readonly Decision[] {
    return this._decisions;
  }

  get reports(): readonly YearReport[] {
    return this._reports;
  }

  /** Indicators before the first decision and after every played year since. */
  get series(): readonly Indicators[] {
    return [domain().indicators(this.initial), ...this._history];
  }

  /** Indicators after each played year (the same series `replay` returns). */
  get history(): readonly Indicators[] {
    return this._history;
  }

  get scenario(): Scenario {
    const scenario = domain().getScenario(this.setup.scenarioId);
    if (!scenario) throw new Error(`The session's scenario vanished: ${this.setup.scenarioId}`);
    return scenario;
  }

  get over(): boolean {
    return this.current.status !== 'playing';
  }

  /** Plays one year. A refused decision changes nothing. */
  decide(input: unknown): { ok: true; report: YearReport } | { ok: false; error: DomainError } {
    const d = domain();
    const result = d.decide(this.current, input);
    if (!result.ok) return result;
    // The domain accepted it, so it parses; keep the parsed (clean) form.
    const parsed = d.DecisionSchema.safeParse(input);
    if (!parsed.success) throw new Error('decide() accepted a decision its schema refuses');
    this._decisions.push(parsed.data);
    this._reports.push(result.report);
    this._history.push(d.indicators(result.state));
    this.current = result.state;
    return { ok: true, report: result.report };
  }

  /** The state before the decision of `turn` (0-based), replayed from the start. */
  stateBefore(turn: number): GameState {
    let state = this.initial;
    for (const decision of this._decisions.slice(0, turn)) {
      const result = domain().decide(state, decision);
      if (!result.ok)
        throw new Error(`A recorded decision no longer replays: ${result.error.code}`);
      state = result.state;
    }
    return state;
  }

  /** The save: setup and decisions, never the state. */
  toSave(): SavedGame {
    return { v: 1, ...this.setup, decisions: [...this._decisions] };
  }
}
