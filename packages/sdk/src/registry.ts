import type { AnyPlugin, PluginsByKind } from './define';
import { PLUGIN_KINDS, type PluginKind } from './plugin';
import { pluginShapeProblems } from './plugin-shape';
import {
  DuplicatePluginError,
  InvalidPluginError,
  RegistryFrozenError,
  UnknownPluginError,
} from './registry.errors';

export interface RegisteredPlugin<K extends PluginKind = PluginKind> {
  readonly plugin: PluginsByKind[K];
  /** Where it came from: "built-in @transferlab/plugins-datasets", "/path/to/folder", an npm name. */
  readonly origin: string;
}

/** The explicit registry of plugins: validated on entry, unique per kind, frozen after boot. */
export class PluginRegistry {
  private readonly byKind = new Map<PluginKind, Map<string, RegisteredPlugin>>(
    PLUGIN_KINDS.map((k) => [k, new Map()]),
  );
  private frozen = false;

  register(plugin: unknown, origin: string): void {
    const label = describe(plugin);
    if (this.frozen) throw new RegistryFrozenError(label);
    const problems = pluginShapeProblems(plugin);
    if (problems.length > 0) throw new InvalidPluginError(origin, label, problems);
    const p = plugin as AnyPlugin;
    const table = this.table(p.kind);
    const existing = table.get(p.name);
    if (existing) throw new DuplicatePluginError(p.kind, p.name, existing.origin, origin);
    table.set(p.name, { plugin: p, origin });
  }

  registerAll(plugins: readonly unknown[], origin: string): void {
    for (const p of plugins) this.register(p, origin);
  }

  get<K extends PluginKind>(kind: K, name: string): PluginsByKind[K] {
    const entry = this.table(kind).get(name);
    if (!entry) throw new UnknownPluginError(kind, name, this.names(kind));
    return entry.plugin as PluginsByKind[K];
  }

  has(kind: PluginKind, name: string): boolean {
    return this.table(kind).has(name);
  }

  /** Registered plugins of a kind, sorted by name. */
  list<K extends PluginKind>(kind: K): RegisteredPlugin<K>[] {
    return [...this.table(kind).values()]
      .sort((a, b) => a.plugin.name.localeCompare(b.plugin.name))
      .map((e) => e as RegisteredPlugin<K>);
  }

  names(kind: PluginKind): string[] {
    return [...this.table(kind).keys()].sort();
  }

  /** After start-up nothing may be added; plugins are looked up, never swapped. */
  freeze(): this {
    this.frozen = true;
    return this;
  }

  get isFrozen(): boolean {
    return this.frozen;
  }

  private table(kind: PluginKind): Map<string, RegisteredPlugin> {
    const t = this.byKind.get(kind);
    if (!t) throw new Error(`unknown plugin kind '${String(kind)}'; kinds: ${PLUGIN_KINDS.join(', ')}`);
    return t;
  }
}

function describe(plugin: unknown): string {
  if (typeof plugin === 'object' && plugin !== null) {
    const { kind, name } = plugin as { kind?: unknown; name?: unknown };
    return `${typeof kind === 'string' ? kind : '?'}:'${typeof name === 'string' ? name : '?'}'`;
  }
  return `(${typeof plugin})`;
}
