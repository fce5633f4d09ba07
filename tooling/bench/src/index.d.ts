export interface Metric {
  value: number;
  unit: string;
  better: 'higher' | 'lower';
  /** The threshold the value must meet (>= for higher, <= for lower). */
  bar?: number;
}
export declare const resultsDir: string;
export declare function verdict(metric: Metric): 'pass' | 'FAIL' | '';
export declare function formatTable(suite: string, metrics: Record<string, Metric>): string;
export declare function writeBenchResults(
  suite: string,
  metrics: Record<string, Metric>,
  context?: Record<string, unknown>,
): void;
