import type { z } from 'zod';

/** The four kinds of plugin the platform loads. */
export const PLUGIN_KINDS = ['dataset', 'model', 'attack', 'analysis'] as const;
export type PluginKind = (typeof PLUGIN_KINDS)[number];

/** Any zod schema; params schemas are objects so they export to a JSON Schema form. */
export type ParamsSchema = z.ZodType<Record<string, unknown>>;

/** Fields every plugin carries; stored with every result it produces (name + version). */
export interface PluginBase<K extends PluginKind, P extends ParamsSchema> {
  readonly kind: K;
  /** Unique within its kind: lower-case letters, digits and dashes. */
  readonly name: string;
  /** Semantic version; recorded with every result. */
  readonly version: string;
  readonly description: string;
  /** zod schema of the main method's params; exported to JSON Schema for forms. */
  readonly params: P;
}
