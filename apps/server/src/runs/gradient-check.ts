import type { ModelDescriptor } from '../job-host/model-descriptor';

/** The params paths whose value is this string (`sources.1`, `source`), searched through arrays and objects. */
function pathsOf(value: unknown, id: string, path: string[] = []): string[] {
  if (value === id) return [path.join('.') || '(params)'];
  if (Array.isArray(value)) return value.flatMap((v, i) => pathsOf(v, id, [...path, String(i)]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => pathsOf(v, id, [...path, k]));
  return [];
}

/**
 * An analysis whose trials need input gradients cannot use a forward-only model (one whose
 * import found no gradient through it): one issue per such model, naming the params field
 * that names it (else `models`), the model and the engine's reason.
 */
export function forwardOnlyIssues(analysis: { readonly name: string; readonly needsInputGradients?: boolean }, params: unknown, models: readonly ModelDescriptor[]): string[] {
  if (!analysis.needsInputGradients) return [];
  return models
    .filter((m) => m.gradientProblem)
    .map((m) => {
      const field = pathsOf(params, m.id)[0] ?? 'models';
      return `${field}: source '${m.id}' is forward only, and analysis '${analysis.name}' needs input gradients through it: ${m.gradientProblem}`;
    });
}
