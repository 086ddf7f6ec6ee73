import { TableOptionError, z, type ModelFacts } from '@transferlab/sdk';
import { byText } from './group-by';

/**
 * The table options of an analysis whose deltas are taken against a baseline source: a source
 * id, else the natural one by its model record (`naturalBaseline`).
 */
export const baselineOptions = z
  .object({
    baseline: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .describe("the source deltas subtract; default: the first naturally trained source (by its model record)"),
  })
  .strict();
export type BaselineOptions = z.output<typeof baselineOptions>;

/**
 * Refuses a named baseline that no trial of the run has, listing the run's sources: a client's
 * bad input on `options.baseline` rather than silently empty tables.
 */
export function checkNamedBaseline(named: string | undefined, sources: Iterable<string>): void {
  if (named === undefined) return;
  const all = new Set(sources);
  if (all.has(named)) return;
  throw new TableOptionError(
    'baseline',
    `baseline '${named}' has no results in this run; sources: ${[...all].sort(byText).join(', ') || '(none)'}`,
  );
}

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
