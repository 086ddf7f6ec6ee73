import type { PluginKind, PluginSummary } from './system.query';

/** Every kind, in the order the page shows them, with its heading. */
export const PLUGIN_KIND_SECTIONS: readonly { readonly kind: PluginKind; readonly title: string }[] = [
  { kind: 'DATASET', title: 'Datasets' },
  { kind: 'MODEL', title: 'Source models' },
  { kind: 'ATTACK', title: 'Attacks' },
  { kind: 'ANALYSIS', title: 'Analyses' },
];

export interface PluginGroup {
  readonly kind: PluginKind;
  readonly title: string;
  readonly plugins: readonly PluginSummary[];
}

/** One group per kind, empty kinds included (the page says "none registered" for them). */
export function groupPluginsByKind(plugins: readonly PluginSummary[]): PluginGroup[] {
  return PLUGIN_KIND_SECTIONS.map(({ kind, title }) => ({
    kind,
    title,
    plugins: plugins.filter((p) => p.kind === kind).sort((a, b) => a.name.localeCompare(b.name)),
  }));
}

export interface ParamSummary {
  readonly name: string;
  readonly type: string;
  readonly defaultValue: string | undefined;
  readonly required: boolean;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The top-level params of a plugin's JSON Schema, for a one-line summary per param. */
export function summariseParams(schema: unknown): ParamSummary[] {
  if (!isRecord(schema) || !isRecord(schema.properties)) return [];
  const required = new Set(
    Array.isArray(schema.required) ? schema.required.filter((r) => typeof r === 'string') : [],
  );
  return Object.entries(schema.properties).map(([name, prop]) => {
    const p = isRecord(prop) ? prop : {};
    const type =
      typeof p.type === 'string'
        ? p.type
        : Array.isArray(p.enum)
          ? 'enum'
          : Array.isArray(p.anyOf)
            ? 'union'
            : 'any';
    return {
      name,
      type,
      defaultValue: 'default' in p ? JSON.stringify(p.default) : undefined,
      required: required.has(name) && !('default' in p),
    };
  });
}
