import { CompiledQuery, type Compilable, type Kysely } from 'kysely';
import type { DialectName } from './database.js';
import { preparedOnPostgres } from './postgres-statements.js';
import type { DatabaseSchema } from './tables.js';

/**
 * A query Kysely builds and compiles once per dialect, with named slots where
 * the values of each run go. Building a query with Kysely costs more CPU than
 * SQLite takes to run a small indexed one (a profile of runs.submit spent
 * about 5 % of its time in the builder of the rank query alone), so the hot
 * statements — a submit's insert, its rank, a page of a board — are built
 * once and then only bound — and prepared once per connection, by the SQLite
 * statement cache and on PostgreSQL as named statements (postgres-statements.ts).
 * The SQL still comes from the typed builder: one query layer, no hand-written copy.
 */

const SLOT = Symbol('query slot');

interface Slot {
  readonly [SLOT]: string;
}

function isSlot(value: unknown): value is Slot {
  return typeof value === 'object' && value !== null && SLOT in value;
}

/** Marks where a named value goes; typed as the value, so the builder's types still check. */
export type SlotOf<V> = <K extends keyof V & string>(name: K) => V[K];

type Binding<V> = { slot: keyof V & string } | { constant: unknown };

export interface QueryTemplate<V, R> {
  /** The rows of one run with these values. */
  run(db: Kysely<DatabaseSchema>, dialect: DialectName, values: V): Promise<R[]>;
  /** The compiled query with these values (for a query plan). */
  compiled(db: Kysely<DatabaseSchema>, dialect: DialectName, values: V): CompiledQuery<R>;
}

export function queryTemplate<V extends object, R>(
  build: (db: Kysely<DatabaseSchema>, slot: SlotOf<V>, dialect: DialectName) => Compilable<R>,
): QueryTemplate<V, R> {
  const byDialect = new Map<DialectName, { sql: string; bindings: Binding<V>[] }>();
  const compiled = (db: Kysely<DatabaseSchema>, dialect: DialectName, values: V) => {
    let template = byDialect.get(dialect);
    if (!template) {
      const slot: SlotOf<V> = (name) => ({ [SLOT]: name }) as never;
      const query = build(db, slot, dialect).compile();
      template = {
        sql: query.sql,
        bindings: query.parameters.map((parameter) =>
          isSlot(parameter)
            ? { slot: parameter[SLOT] as keyof V & string }
            : { constant: parameter },
        ),
      };
      if (dialect === 'postgres') preparedOnPostgres(template.sql);
      byDialect.set(dialect, template);
    }
    const parameters = template.bindings.map((binding) =>
      'slot' in binding ? values[binding.slot] : binding.constant,
    );
    return CompiledQuery.raw(template.sql, parameters) as CompiledQuery<R>;
  };
  return {
    compiled,
    async run(db, dialect, values) {
      const result = await db.executeQuery(compiled(db, dialect, values));
      return result.rows;
    },
  };
}
