import type { Indicators } from '@smile-curve/domain';
import { z } from 'zod';

/**
 * How a run's per-year trajectory is stored. As plain JSON it is ~15 KB a run
 * (25 indicators × 20 years, each number written out in full and each key
 * repeated every year): turning 500 doubles into text was most of a submit's
 * JSON cost, and the row spilled over several database pages. Stored instead:
 * the key order once, the numeric columns as little-endian float64 in base64
 * (exact: every bit of every double comes back), the few non-numeric columns
 * (stage, digital phase, locked-in flag) as plain JSON arrays. ~6 KB a run.
 * Rows written before this hold the plain array, which still reads.
 */
export const TRAJECTORY_FORMAT = 'trajectory-f64';

export interface StoredTrajectory {
  format: typeof TRAJECTORY_FORMAT;
  years: number;
  /** Every key of a year, in the order the domain writes them. */
  keys: string[];
  /** The keys whose values are numbers in every year, year after year in `numbers`. */
  numeric: string[];
  /** base64 of years × numeric.length float64 (little-endian), year-major. */
  numbers: string;
  /** The other keys' values, one array per key, one entry per year. */
  other: Record<string, unknown[]>;
}

export function encodeTrajectory(years: readonly Indicators[]): StoredTrajectory {
  const first = years[0];
  const keys = first ? Object.keys(first) : [];
  const rows = years as unknown as readonly Readonly<Record<string, unknown>>[];
  const numeric = keys.filter((key) => rows.every((year) => typeof year[key] === 'number'));
  const values = new Float64Array(years.length * numeric.length);
  let at = 0;
  for (const year of rows) for (const key of numeric) values[at++] = year[key] as number;
  const other: Record<string, unknown[]> = {};
  for (const key of keys) {
    if (!numeric.includes(key)) other[key] = rows.map((year) => year[key]);
  }
  return {
    format: TRAJECTORY_FORMAT,
    years: years.length,
    keys,
    numeric,
    numbers: Buffer.from(toLittleEndian(values)).toString('base64'),
    other,
  };
}

/** Reads a stored trajectory in either form; throws on anything else (a storage bug). */
export function decodeTrajectory(value: unknown): Indicators[] {
  if (Array.isArray(value)) return value as Indicators[];
  const parsed = StoredTrajectorySchema.safeParse(value);
  if (!parsed.success) throw new TypeError('stored trajectory has an unknown form');
  const stored = parsed.data;
  const bytes = Buffer.from(stored.numbers, 'base64');
  const width = stored.numeric.length;
  if (bytes.length !== stored.years * width * 8) {
    throw new TypeError('stored trajectory: the numbers do not fit its years and keys');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const columns = new Map(stored.numeric.map((key, k) => [key, k]));
  const years: Indicators[] = [];
  for (let y = 0; y < stored.years; y++) {
    const year: Record<string, unknown> = {};
    for (const key of stored.keys) {
      const k = columns.get(key);
      year[key] =
        k === undefined ? stored.other[key]?.[y] : view.getFloat64((y * width + k) * 8, true);
    }
    years.push(year as unknown as Indicators);
  }
  return years;
}

const StoredTrajectorySchema = z.strictObject({
  format: z.literal(TRAJECTORY_FORMAT),
  years: z.number().int().nonnegative(),
  keys: z.array(z.string()),
  numeric: z.array(z.string()),
  numbers: z.string(),
  other: z.record(z.string(), z.array(z.unknown())),
}) satisfies z.ZodType<StoredTrajectory>;

/** The bytes of a Float64Array in little-endian order, whatever the machine's. */
function toLittleEndian(values: Float64Array): Uint8Array {
  const bytes = new Uint8Array(values.length * 8);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < values.length; i++) view.setFloat64(i * 8, values[i] ?? 0, true);
  return bytes;
}
