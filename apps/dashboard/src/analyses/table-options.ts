import type { AnalysisOutputs } from './analyses.queries';

/** The one table option the page offers a picker for: the source differences are taken against. */
export const BASELINE_OPTION = 'baseline';

/** The options an analysis's tables take: the property names of its options' JSON Schema. */
export function declaredOptions(schema: unknown): string[] {
  const properties = (schema as { properties?: unknown } | null | undefined)?.properties;
  return typeof properties === 'object' && properties !== null ? Object.keys(properties) : [];
}

/** An option's description from its JSON Schema; null without one. */
export function optionDescription(schema: unknown, name: string): string | null {
  const properties = (schema as { properties?: Record<string, { description?: unknown }> } | null)
    ?.properties;
  const d = properties?.[name]?.description;
  return typeof d === 'string' ? d : null;
}

/**
 * Where a baseline picker's values come from: the model column of the summary table (else of the
 * first table that has one). Undefined when the analysis takes no baseline or has no model column.
 */
export function baselineValuesFrom(
  outputs: Pick<AnalysisOutputs, 'optionsSchema' | 'summaryTable' | 'tables'>,
): { readonly table: string; readonly column: string } | undefined {
  if (!declaredOptions(outputs.optionsSchema).includes(BASELINE_OPTION)) return undefined;
  const tables = [...outputs.tables].sort(
    (a, b) => Number(b.name === outputs.summaryTable) - Number(a.name === outputs.summaryTable),
  );
  for (const t of tables) {
    const model = t.columns.find((c) => c.role === 'model');
    if (model) return { table: t.name, column: model.name };
  }
  return undefined;
}

/**
 * The options every table is asked with: the URL's baseline when the run has that value (a link
 * from another run may name a source this one lacks, which the server would refuse), else none,
 * so each table takes its default.
 */
export function chosenOptions(
  requested: string | null,
  values: readonly unknown[] | undefined,
): Record<string, string> {
  if (requested === null || requested === '' || !values) return {};
  return values.some((v) => String(v) === requested) ? { [BASELINE_OPTION]: requested } : {};
}
