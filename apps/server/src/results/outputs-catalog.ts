import {
  paramsJsonSchema,
  summaryTable,
  tableColumns,
  type AnalysisPlugin,
  type OutputView,
  type TableScope,
} from '@transferlab/sdk';
import type {
  AnalysisOutputsObject,
  OutputTableObject,
  OutputViewObject,
} from './dto/analysis-outputs.object';

/** An analysis's declared outputs in the API's shape (the registry checked them at start-up). */
export function outputsObject(analysis: AnalysisPlugin): AnalysisOutputsObject {
  const outputs = analysis.outputs;
  return {
    analysis: analysis.name,
    version: analysis.version,
    description: analysis.description,
    summaryTable: outputs ? (summaryTable(outputs) ?? null) : null,
    tables: Object.entries(outputs?.tables ?? {}).map(([name, table]) => tableObject(name, table)),
    views: (outputs?.views ?? []).map(viewObject),
    optionsSchema: outputs?.options ? paramsJsonSchema(outputs.options) : null,
  };
}

export function tableObject(
  name: string,
  table: Parameters<typeof tableColumns>[0] & { description: string; scope?: TableScope },
): OutputTableObject {
  return {
    name,
    description: table.description,
    scope: table.scope ?? 'run',
    columns: tableColumns(table).map((c) => ({
      name: c.name,
      role: c.role,
      label: c.label ?? null,
      description: c.description ?? null,
      format: c.format ?? null,
      nullLabel: c.nullLabel ?? null,
    })),
  };
}

function viewObject(v: OutputView): OutputViewObject {
  const base = {
    kind: v.kind,
    title: v.title,
    table: v.table,
    description: v.description ?? null,
    facets: [...(v.facets ?? [])],
  };
  const none = {
    rankBy: null,
    rankOrder: null,
    columns: [],
    pivotColumns: null,
    pivotValues: [],
    x: null,
    y: null,
    series: null,
    xScale: null,
    image: null,
    caption: [],
    group: [],
    header: [],
    mark: null,
    onRequest: null,
  };
  switch (v.kind) {
    case 'table':
      return {
        ...base,
        ...none,
        rankBy: v.rank?.by ?? null,
        rankOrder: v.rank?.order ?? null,
        columns: [...(v.columns ?? [])],
        pivotColumns: v.pivot?.columns ?? null,
        pivotValues: [...(v.pivot?.values ?? [])],
      };
    case 'series':
      return { ...base, ...none, x: v.x, y: v.y, series: v.series, xScale: v.xScale ?? 'linear' };
    case 'gallery':
      return {
        ...base,
        ...none,
        image: v.image,
        caption: [...(v.caption ?? [])],
        group: [...(v.group ?? [])],
        header: [...(v.header ?? [])],
        mark: v.mark ?? null,
      };
    case 'evidence':
      return {
        ...base,
        ...none,
        image: v.image,
        caption: [...v.show],
        onRequest: v.onRequest ? (JSON.parse(JSON.stringify(v.onRequest)) as Record<string, unknown>) : null,
      };
  }
}
