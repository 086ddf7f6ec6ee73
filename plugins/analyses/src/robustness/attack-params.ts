import type { AttackPlugin } from '@transferlab/sdk';
import type { NormName } from './params';

/** The budget keys the analysis sets on every attack that takes them (the attack plugins' shared names). */
export interface AttackBudget {
  readonly norm: NormName;
  readonly eps: number;
  readonly seed: number;
  readonly steps: number;
  readonly queries: number;
  readonly targetClasses: number;
}

/** The keys of a zod object schema (through defaults and effects), or undefined for other schemas. */
function schemaKeys(schema: unknown): Set<string> | undefined {
  let s = schema as { shape?: Record<string, unknown>; _def?: { schema?: unknown; innerType?: unknown } } | undefined;
  for (let depth = 0; s && depth < 8; depth++) {
    if (s.shape && typeof s.shape === 'object') return new Set(Object.keys(s.shape));
    s = (s._def?.schema ?? s._def?.innerType) as typeof s;
  }
  return undefined;
}

/**
 * The attack's params for one eps: the budget keys its schema declares, parsed by it (so its
 * own defaults fill the rest). An attack without a norm or eps cannot be put under a threat model.
 */
export function attackParams(attack: AttackPlugin, budget: AttackBudget): Record<string, unknown> {
  const keys = schemaKeys(attack.params);
  if (!keys) throw new Error(`robustness: attack '${attack.name}' has no object params schema to set norm and eps on`);
  for (const required of ['norm', 'eps'] as const) {
    if (!keys.has(required)) throw new Error(`robustness: attack '${attack.name}' takes no '${required}' param, so it cannot be evaluated under a threat model`);
  }
  const picked = Object.fromEntries(Object.entries(budget).filter(([k]) => keys.has(k)));
  const parsed = attack.params.safeParse(picked);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`robustness: attack '${attack.name}' refused its params (${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'})`);
  }
  return parsed.data;
}
