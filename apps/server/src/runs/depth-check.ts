import type { TrialUses } from '@transferlab/sdk';
import type { ModelDescriptor } from '../job-host/model-descriptor';

/**
 * Fine-tuning depth k cuts at the block boundary before the last k blocks (the engine's
 * `cutForDepth`), so it needs k + 1 recorded boundaries. A trial whose config has a numeric
 * `depth` and that uses one model (its source) is checked against that model's `blocks`; the
 * issue names the params field (`depths.<i>` where the params list depths, else `depth`).
 */
export function depthIssues(params: unknown, trials: readonly { readonly config: Record<string, unknown>; readonly uses: TrialUses }[], models: readonly ModelDescriptor[]): string[] {
  const byId = new Map(models.map((m) => [m.id, m]));
  const depths = typeof params === 'object' && params !== null && Array.isArray((params as { depths?: unknown }).depths) ? ((params as { depths: unknown[] }).depths) : undefined;
  const issues = new Set<string>();
  for (const t of trials) {
    const depth = t.config.depth;
    const source = t.uses.models?.length === 1 ? byId.get(t.uses.models[0]!) : undefined;
    if (typeof depth !== 'number' || depth < 1 || !source) continue;
    const have = source.blocks.length;
    if (depth < have) continue;
    const field = depths ? `depths.${depths.indexOf(depth)}` : 'depth';
    issues.add(`${field}: depth ${depth} needs ${depth + 1} block boundaries (one before the last ${depth} block${depth === 1 ? '' : 's'}), but source '${source.id}' has ${have}; use a depth below ${Math.max(have, 1)} or 'all'`);
  }
  return [...issues];
}
