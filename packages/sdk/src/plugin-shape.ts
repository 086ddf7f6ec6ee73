import { outputsProblems } from './outputs/outputs';
import { PLUGIN_KINDS, type PluginKind } from './plugin';

/** The method every plugin of a kind must have (the "main method"), plus any others required. */
export const REQUIRED_METHODS: Readonly<Record<PluginKind, readonly string[]>> = {
  dataset: ['load'],
  model: ['list'],
  attack: ['perturb'],
  analysis: ['expand', 'run'],
};

const NAME = /^[a-z][a-z0-9-]{0,63}$/;
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

function isZodSchema(value: unknown): boolean {
  // Duck-typed so plugins bundling their own copy of zod v4 are accepted.
  return (
    typeof value === 'object' &&
    value !== null &&
    '_zod' in value &&
    typeof (value as { safeParse?: unknown }).safeParse === 'function'
  );
}

/** Problems with a value that claims to be a plugin; empty when it is well formed. */
export function pluginShapeProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return ['is not an object'];
  const p = value as Record<string, unknown>;
  const problems: string[] = [];
  const kind = p.kind;
  if (typeof kind !== 'string' || !(PLUGIN_KINDS as readonly string[]).includes(kind)) {
    problems.push(`kind must be one of ${PLUGIN_KINDS.join(', ')} (got ${JSON.stringify(kind)})`);
  }
  if (typeof p.name !== 'string' || !NAME.test(p.name)) {
    problems.push(`name must match ${String(NAME)} (got ${JSON.stringify(p.name)})`);
  }
  if (typeof p.version !== 'string' || !SEMVER.test(p.version)) {
    problems.push(`version must be a semantic version like 1.0.0 (got ${JSON.stringify(p.version)})`);
  }
  if (typeof p.description !== 'string' || p.description.trim() === '') {
    problems.push('description must be a non-empty string');
  }
  if (!isZodSchema(p.params)) problems.push('params must be a zod (v4) schema');
  if (typeof kind === 'string' && kind in REQUIRED_METHODS) {
    for (const method of REQUIRED_METHODS[kind as PluginKind]) {
      if (typeof p[method] !== 'function') problems.push(`${kind} plugin must have a ${method}() method`);
    }
  }
  if (kind === 'analysis' && p.outputs !== undefined) {
    problems.push(...outputsProblems(p.outputs));
    problems.push(...requestParamProblems(p.outputs, p.params));
  }
  return problems;
}

/** An evidence view's on-request run names params the analysis has (when its params are a zod object). */
function requestParamProblems(outputs: unknown, params: unknown): string[] {
  const shape = (params as { shape?: unknown } | null)?.shape;
  const views = (outputs as { views?: unknown } | null)?.views;
  if (typeof shape !== 'object' || shape === null || !Array.isArray(views)) return [];
  const problems: string[] = [];
  views.forEach((v: unknown, i) => {
    const names = (v as { onRequest?: { params?: Record<string, unknown> } } | null)?.onRequest?.params;
    if (!names) return;
    for (const [field, name] of Object.entries(names))
      if (typeof name === 'string' && !(name in shape))
        problems.push(`outputs.views[${i}].onRequest.params.${field}: the params have no '${name}'`);
  });
  return problems;
}

export function isPluginLike(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { kind?: unknown }).kind === 'string' &&
    'name' in value
  );
}
