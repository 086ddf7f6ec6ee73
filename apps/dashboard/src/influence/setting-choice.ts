import type { InfluenceSetting } from './influence.queries';

const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];
const byNumber = (a: number, b: number): number => a - b;

/** What the influence page shows: a target, depth and budget of the run, with the alternatives. */
export interface InfluenceChoice {
  /** Targets with results, sorted. */
  readonly targets: string[];
  /** Depths with results for the chosen target, ascending. */
  readonly depths: number[];
  /** Budgets with results for the chosen target and depth, ascending. */
  readonly ns: number[];
  readonly target: string;
  readonly depth: number;
  readonly n: number;
  readonly setting: InfluenceSetting;
}

/** A number the URL asks for when it is one of the options, else `fallback` of them. */
function pickNumber(options: readonly number[], requested: string | null, fallback: 'first' | 'last') {
  const asked = requested === null || requested.trim() === '' ? NaN : Number(requested);
  if (options.includes(asked)) return asked;
  return fallback === 'first' ? options[0] : options[options.length - 1];
}

/**
 * The setting the URL asks for when the run has it; else the first target, the lowest depth
 * and the largest n (the study explains its largest budget).
 */
export function pickInfluenceSetting(
  settings: readonly InfluenceSetting[],
  requested: { readonly target: string | null; readonly depth: string | null; readonly n: string | null },
): InfluenceChoice | undefined {
  const targets = unique(settings.map((s) => s.target)).sort();
  const target =
    requested.target !== null && targets.includes(requested.target) ? requested.target : targets[0];
  const forTarget = settings.filter((s) => s.target === target);
  const depths = unique(forTarget.map((s) => s.depth)).sort(byNumber);
  const depth = pickNumber(depths, requested.depth, 'first');
  const forDepth = forTarget.filter((s) => s.depth === depth);
  const ns = unique(forDepth.map((s) => s.n)).sort(byNumber);
  const n = pickNumber(ns, requested.n, 'last');
  const setting = forDepth.find((s) => s.n === n);
  if (target === undefined || depth === undefined || n === undefined || !setting) return undefined;
  return { targets, depths, ns, target, depth, n, setting };
}
