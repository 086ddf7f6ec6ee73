import type { AnalysisPlugin } from '@transferlab/sdk';

/** A trial waiting for a worker; `groupKey` set: it may run with others of its run and key. */
export interface Pending {
  readonly runId: string;
  readonly trialId: string;
  readonly groupKey?: string;
}

/** Most trials of one group job: a failed group falls back to one by one, so it should not hold many. */
export const MAX_GROUP_SIZE = 16;

/** How far behind the first trial a group's members are looked for (a pump must stay cheap with 20,000 queued). */
export const GROUP_SCAN_WINDOW = 4096;

/**
 * Trials per group: at most MAX_GROUP_SIZE, and what is queued shared over the worker slots
 * free now (this one included), so that every free slot still gets work; slots that are busy
 * get theirs when they free.
 */
export function groupCap(queued: number, freeSlots: number): number {
  return Math.max(1, Math.min(MAX_GROUP_SIZE, Math.ceil(queued / Math.max(1, freeSlots))));
}

/**
 * Takes `first` (already removed from the queue) and up to cap - 1 queued trials of its run and
 * group key out of `pending`, in queue order. A trial without a key comes back alone.
 */
export function claimGroup(pending: Pending[], first: Pending, cap: number): Pending[] {
  const group = [first];
  if (first.groupKey === undefined) return group;
  const end = Math.min(pending.length, GROUP_SCAN_WINDOW);
  for (let i = 0; i < end && group.length < cap; i++) {
    const p = pending[i]!;
    if (p.runId === first.runId && p.groupKey === first.groupKey) group.push(p);
  }
  if (group.length > 1) {
    const taken = new Set(group);
    for (let i = end - 1; i >= 0; i--) if (taken.has(pending[i]!)) pending.splice(i, 1);
  }
  return group;
}

/** The analysis's group key of a stored trial config; a config the plugin refuses runs alone. */
export function trialGroupKey(analysis: AnalysisPlugin, config: Record<string, unknown>): string | undefined {
  try {
    return analysis.groupKey?.({ config });
  } catch {
    return undefined;
  }
}

/** Keys of many trials, yielding to the event loop every `chunk` (a run of 20,000 trials must not stall the API). */
export async function pendingWithKeys(runId: string, analysis: AnalysisPlugin, rows: readonly { id: string; config: Record<string, unknown> }[], chunk = 500): Promise<Pending[]> {
  const out: Pending[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (i > 0 && i % chunk === 0) await new Promise((r) => setImmediate(r));
    const row = rows[i]!;
    const groupKey = trialGroupKey(analysis, row.config);
    out.push(groupKey === undefined ? { runId, trialId: row.id } : { runId, trialId: row.id, groupKey });
  }
  return out;
}
