import type { TrialUses } from '@transferlab/sdk';
import type { ModelDescriptor } from '../job-host/model-descriptor';

/** Where a trial's config keeps its fine-tuning depth: at the top, or under `transfer` (a source fine-tuned first). */
type DepthPlace = 'top' | 'transfer';

const record = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

function trialDepth(config: Record<string, unknown>): { depth: number; place: DepthPlace } | undefined {
  if (typeof config.depth === 'number') return { depth: config.depth, place: 'top' };
  const depth = record(config.transfer)?.depth;
  return typeof depth === 'number' ? { depth, place: 'transfer' } : undefined;
}

/** The params field that gave the depth: `depths.<i>` where the params list depths, else `depth` (under `transfer.` for a transfer). */
function depthField(params: unknown, place: DepthPlace, depth: number): string {
  const where = place === 'top' ? record(params) : record(record(params)?.transfer);
  const prefix = place === 'top' ? '' : 'transfer.';
  const list = where?.depths;
  return Array.isArray(list) && list.includes(depth)
    ? `${prefix}depths.${list.indexOf(depth)}`
    : `${prefix}depth`;
}

/**
 * Fine-tuning depth k cuts at the block boundary before the last k blocks (the engine's
 * `cutForDepth`), so it needs k + 1 recorded boundaries. A trial whose config has a numeric
 * `depth` (or `transfer.depth`: a source fine-tuned before the analysis) and that uses one model
 * (its source) is checked against that model's `blocks`; the issue names the params field.
 */
export function depthIssues(
  params: unknown,
  trials: readonly { readonly config: Record<string, unknown>; readonly uses: TrialUses }[],
  models: readonly ModelDescriptor[],
): string[] {
  const byId = new Map(models.map((m) => [m.id, m]));
  const issues = new Set<string>();
  for (const t of trials) {
    const found = trialDepth(t.config);
    const source = t.uses.models?.length === 1 ? byId.get(t.uses.models[0]!) : undefined;
    if (!found || found.depth < 1 || !source) continue;
    const { depth, place } = found;
    const have = source.blocks.length;
    if (depth < have) continue;
    const field = depthField(params, place, depth);
    issues.add(
      `${field}: depth ${depth} needs ${depth + 1} block boundaries (one before the last ${depth} block${depth === 1 ? '' : 's'}), but source '${source.id}' has ${have}; use a depth below ${Math.max(have, 1)} or 'all'`,
    );
  }
  return [...issues];
}
