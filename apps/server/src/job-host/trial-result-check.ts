import type { TrialResult } from '@transferlab/sdk';

/** The most a trial's result may hold, serialised: one row of the results table. */
export const MAX_RESULT_BYTES = 64 * 2 ** 20;
/** Metric names and series points a result may carry. */
export const MAX_METRICS = 2_000;
export const MAX_SERIES_POINTS = 100_000;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** The first reason `v` is not a record of numbers, or null. */
function numbersProblem(v: unknown, path: string, max: number): string | null {
  if (!isRecord(v)) return `${path} is ${describe(v)}, not an object of numbers`;
  const keys = Object.keys(v);
  if (keys.length > max) return `${path} has ${keys.length} entries; at most ${max}`;
  for (const k of keys) if (typeof v[k] !== 'number') return `${path}.${k} is ${describe(v[k])}, not a number`;
  return null;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.slice(0, 40))}`;
  return `of type ${typeof v}`;
}

/** Why a plugin's trial result breaks the TrialResult contract, or null when it keeps it. */
export function resultProblem(result: unknown): string | null {
  if (!isRecord(result)) return `the result is ${describe(result)}, not { metrics, series?, details? }`;
  const metrics = numbersProblem(result.metrics, 'metrics', MAX_METRICS);
  if (metrics) return metrics;
  if (result.series !== undefined && result.series !== null) {
    if (!Array.isArray(result.series)) return `series is ${describe(result.series)}, not an array`;
    if (result.series.length > MAX_SERIES_POINTS) return `series has ${result.series.length} points; at most ${MAX_SERIES_POINTS}`;
    for (const [i, point] of result.series.entries()) {
      const p = numbersProblem(point, `series.${i}`, MAX_METRICS);
      if (p) return p;
    }
  }
  if (result.details !== undefined && result.details !== null && !isRecord(result.details))
    return `details is ${describe(result.details)}, not an object`;
  let bytes: number;
  try {
    bytes = Buffer.byteLength(JSON.stringify(result));
  } catch (e) {
    return `the result cannot be stored as JSON: ${e instanceof Error ? e.message : String(e)}`;
  }
  if (bytes > MAX_RESULT_BYTES) return `the result is ${bytes} bytes as JSON; at most ${MAX_RESULT_BYTES}`;
  return null;
}

/** The result, checked: a malformed one fails its trial with the analysis and the field named. */
export function checkedResult(result: unknown, analysis: { readonly name: string; readonly version: string }): TrialResult {
  const problem = resultProblem(result);
  if (problem) throw new Error(`analysis '${analysis.name}' ${analysis.version} returned a malformed result: ${problem}`);
  return result as TrialResult;
}
