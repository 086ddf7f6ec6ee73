import type { RunSummary, TargetResults } from './results.query';

/** The URL spells a null depth (the server's "all layers" or "not given") as this. */
export const ALL_DEPTHS = 'all';

export const depthParam = (depth: number | null): string => (depth === null ? ALL_DEPTHS : String(depth));

export function depthLabel(depth: number | null): string {
  if (depth === null) return 'all layers';
  if (depth === 0) return '0 (final layer only)';
  return depth === 1 ? '1 (last block too)' : `${depth} (last ${depth} blocks too)`;
}

/**
 * The run a page shows: the one the URL names, else the newest run with at least one
 * completed trial (the runs query lists newest first), else the newest run.
 */
export function pickRunId(runs: readonly RunSummary[], requested: string | null): string | undefined {
  if (requested) return requested;
  return (runs.find((r) => r.completedCount > 0) ?? runs[0])?.id;
}

const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];
const byNumber = (a: number, b: number): number => a - b;

export interface SettingChoice {
  /** Target datasets with results, sorted. */
  readonly targets: string[];
  /** Depths with results for the chosen target, ascending; null (all layers) last. */
  readonly depths: (number | null)[];
  readonly target: string;
  readonly depth: number | null;
  /** The results of the chosen target and depth (the lowest learning rate when a run swept several). */
  readonly setting: TargetResults;
}

/** The target and depth the URL asks for when the run has them, else the first of each. */
export function pickSetting(
  results: readonly TargetResults[],
  requested: { readonly target: string | null; readonly depth: string | null },
): SettingChoice | undefined {
  const targets = unique(results.map((r) => r.target)).sort();
  const target =
    requested.target !== null && targets.includes(requested.target) ? requested.target : targets[0];
  if (target === undefined) return undefined;
  const forTarget = results.filter((r) => r.target === target);
  const numeric = unique(forTarget.flatMap((r) => (typeof r.depth === 'number' ? [r.depth] : []))).sort(
    byNumber,
  );
  const depths: (number | null)[] = forTarget.some((r) => typeof r.depth !== 'number')
    ? [...numeric, null]
    : numeric;
  // findIndex, not find: a found null depth ("all") must not read as "not found".
  const at = depths.findIndex((d) => depthParam(d) === requested.depth);
  const depth = depths[at < 0 ? 0 : at] ?? null;
  const candidates = forTarget
    .filter((r) => (r.depth ?? null) === depth)
    .sort((a, b) => (a.lr ?? 0) - (b.lr ?? 0));
  const setting = candidates[0];
  return setting && { targets, depths, target, depth, setting };
}

/** Data budgets (total training images) a setting has results for, ascending. */
export function budgets(setting: TargetResults): number[] {
  return unique(setting.accuracy.map((c) => c.n)).sort(byNumber);
}

/** The budget the URL asks for when present, else the largest (the most reliable ranking). */
export function pickBudget(available: readonly number[], requested: string | null): number | undefined {
  const n = requested === null ? NaN : Number(requested);
  return available.includes(n) ? n : available[available.length - 1];
}

/** Every source with results anywhere in the run, sorted. */
export function sourcesOf(results: readonly TargetResults[]): string[] {
  return unique(results.flatMap((r) => r.accuracy.map((c) => c.source))).sort();
}

/**
 * The source deltas are taken against: the one the URL asks for when the run has it, else
 * the first source whose name says it is naturally trained, else none (no deltas).
 */
export function pickBaseline(sources: readonly string[], requested: string | null): string | undefined {
  if (requested !== null && sources.includes(requested)) return requested;
  return sources.find((s) => /natural/i.test(s));
}

/** A short, stable label for a run in a picker. */
export function runLabel(run: RunSummary): string {
  const when = run.createdAt.slice(0, 16).replace('T', ' ');
  return `${when} UTC · ${run.analysis} · ${run.status.toLowerCase()} · ${run.completedCount}/${run.trialCount} trials`;
}

export const isActiveRun = (run: RunSummary | undefined): boolean =>
  run?.status === 'QUEUED' || run?.status === 'RUNNING';

/** A link to an analysis page showing the same run, target, depth and baseline. */
export function analysisHref(
  path: '/leaderboard' | '/compare',
  sel: {
    readonly runId: string;
    readonly target: string;
    readonly depth: number | null;
    readonly baseline: string | undefined;
  },
): string {
  const q = new URLSearchParams({ run: sel.runId, target: sel.target, depth: depthParam(sel.depth) });
  if (sel.baseline !== undefined) q.set('baseline', sel.baseline);
  return `${path}?${q.toString()}`;
}
