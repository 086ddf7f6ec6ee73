import type { ModelFacts } from '@transferlab/sdk';

/**
 * The source deltas are taken against: the one the client named, else the first (by name) whose
 * model record says it was trained naturally (`training.kind`; a model id says nothing). Undefined
 * when the run has no natural source and none was named.
 */
export function naturalBaseline(
  sources: readonly string[],
  models: ReadonlyMap<string, ModelFacts>,
  named?: string,
): string | undefined {
  if (named !== undefined) return named;
  return [...new Set(sources)].sort().find((s) => models.get(s)?.training.kind === 'natural');
}
