import {
  EventDefinitionSchema,
  ScenarioSchema,
  type EventDefinition,
  type Scenario,
} from '../schemas/scenario.js';
import { dongguanElectronics } from './dongguan-electronics.js';
import { EVENT_LIBRARY } from './events.js';
import { foshanAppliances } from './foshan-appliances.js';
import { shenzhenStartup } from './shenzhen-startup.js';

/** Scenarios are data, validated once when first asked for. */
const SOURCES = [dongguanElectronics, foshanAppliances, shenzhenStartup];

let scenarios: ReadonlyMap<string, Scenario> | undefined;
let events: ReadonlyMap<string, EventDefinition> | undefined;

function load(): {
  scenarios: ReadonlyMap<string, Scenario>;
  events: ReadonlyMap<string, EventDefinition>;
} {
  if (!scenarios || !events) {
    events = new Map([...EVENT_LIBRARY].map(([id, e]) => [id, EventDefinitionSchema.parse(e)]));
    const eventIds = events;
    scenarios = new Map(
      SOURCES.map((s) => {
        const parsed = ScenarioSchema.parse(s);
        for (const e of parsed.events) {
          if (!eventIds.has(e.eventId))
            throw new Error(`Scenario ${parsed.id} schedules unknown event ${e.eventId}`);
        }
        return [parsed.id, parsed];
      }),
    );
  }
  return { scenarios, events };
}

export const DEFAULT_SCENARIO_ID = 'dongguan-electronics';

/** Every shipped scenario, default first. */
export function listScenarios(): Scenario[] {
  return [...load().scenarios.values()];
}

/** A scenario by id, or undefined. */
export function getScenario(id: string): Scenario | undefined {
  return load().scenarios.get(id);
}

/** An event definition from the library. */
export function getEvent(id: string): EventDefinition | undefined {
  return load().events.get(id);
}

/** A scenario that must exist (shipped ids in code and tests); throws otherwise. */
export function requireScenario(id: string): Scenario {
  const scenario = getScenario(id);
  if (!scenario) throw new Error(`Unknown scenario "${id}"`);
  return scenario;
}
