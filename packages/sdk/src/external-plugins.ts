import { readFileSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { isPluginLike } from './plugin-shape';
import type { PluginRegistry } from './registry';

/**
 * transferlab.config.json: the external plugins to load, as npm package names or local folders,
 * and source models to register from files under the model roots (each entry is validated by the
 * server's models feature, which names the entry at fault).
 */
export const projectConfigFileSchema = z
  .object({
    plugins: z.array(z.string().min(1)).default([]),
    models: z.array(z.record(z.string(), z.unknown())).default([]),
  })
  .strict();
export type ProjectConfigFile = z.output<typeof projectConfigFileSchema>;

export class PluginConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PluginConfigError';
  }
}

export function readProjectConfigFile(file: string): ProjectConfigFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new PluginConfigError(`cannot read ${file}: ${(e as Error).message}`);
  }
  const parsed = projectConfigFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new PluginConfigError(`${file}: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export interface LoadedPlugin {
  readonly plugin: unknown;
  readonly origin: string;
}

/** A spec is a local folder when it starts with ./, ../ or /; otherwise an npm package name. */
function isLocal(spec: string): boolean {
  return spec.startsWith('./') || spec.startsWith('../') || isAbsolute(spec);
}

function resolveEntry(spec: string, baseDir: string): { entry: string; origin: string } {
  const req = createRequire(resolve(baseDir, 'transferlab.config.json'));
  if (isLocal(spec)) {
    const folder = resolve(baseDir, spec);
    let stat;
    try {
      stat = statSync(folder);
    } catch {
      throw new PluginConfigError(`plugin folder ${folder} (from '${spec}') does not exist`);
    }
    if (!stat.isDirectory()) throw new PluginConfigError(`plugin path ${folder} is not a folder`);
    const real = realpathSync(folder);
    try {
      return { entry: req.resolve(real), origin: `folder ${real}` };
    } catch {
      throw new PluginConfigError(
        `plugin folder ${real} has no entry point (package.json "main" or index.js; build it first?)`,
      );
    }
  }
  try {
    return { entry: req.resolve(spec), origin: `package ${spec}` };
  } catch {
    throw new PluginConfigError(`plugin package '${spec}' is not installed (npm install ${spec})`);
  }
}

/** Every export that is a plugin, or an array of plugins, becomes a plugin to register. */
function pluginsFromModule(mod: Record<string, unknown>): unknown[] {
  const found: unknown[] = [];
  const seen = new Set<unknown>();
  const add = (v: unknown): void => {
    if (!seen.has(v)) {
      seen.add(v);
      found.push(v);
    }
  };
  for (const value of Object.values(mod)) {
    if (Array.isArray(value)) value.filter(isPluginLike).forEach(add);
    else if (isPluginLike(value)) add(value);
    else if (value && typeof value === 'object' && !Array.isArray(value) && value !== mod) {
      // CommonJS modules imported from ESM appear under `default`.
      for (const inner of Object.values(value as Record<string, unknown>)) {
        if (Array.isArray(inner)) inner.filter(isPluginLike).forEach(add);
        else if (isPluginLike(inner)) add(inner);
      }
    }
  }
  return found;
}

/** Import the plugins named in a project config file (relative paths resolve from its folder). */
export async function loadExternalPlugins(configFile: string): Promise<LoadedPlugin[]> {
  const config = readProjectConfigFile(configFile);
  const baseDir = dirname(resolve(configFile));
  const loaded: LoadedPlugin[] = [];
  for (const spec of config.plugins) {
    const { entry, origin } = resolveEntry(spec, baseDir);
    let mod: Record<string, unknown>;
    try {
      mod = (await import(pathToFileURL(entry).href)) as Record<string, unknown>;
    } catch (e) {
      throw new PluginConfigError(`cannot load plugin ${origin}: ${(e as Error).message}`);
    }
    const plugins = pluginsFromModule(mod);
    if (plugins.length === 0) throw new PluginConfigError(`${origin} exports no plugins`);
    for (const plugin of plugins) loaded.push({ plugin, origin });
  }
  return loaded;
}

/** Load and register; the registry validates each plugin and rejects duplicates. */
export async function registerExternalPlugins(registry: PluginRegistry, configFile: string): Promise<number> {
  const loaded = await loadExternalPlugins(configFile);
  for (const { plugin, origin } of loaded) registry.register(plugin, origin);
  return loaded.length;
}
