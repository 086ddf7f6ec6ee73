import { PluginRegistry, registerExternalPlugins } from '@transferlab/sdk';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import { BUILT_IN_PLUGINS } from './built-in-plugins';

/**
 * The registry of this server: the built-ins, then the external plugins named by the
 * project's configuration file; frozen, so nothing is added or swapped after boot.
 */
export async function buildRegistry(
  config: Pick<TransferlabConfig, 'pluginConfigFile'>,
  builtIns: typeof BUILT_IN_PLUGINS = BUILT_IN_PLUGINS,
): Promise<PluginRegistry> {
  const registry = new PluginRegistry();
  for (const { origin, plugins } of builtIns) registry.registerAll(plugins, origin);
  if (config.pluginConfigFile !== undefined) await registerExternalPlugins(registry, config.pluginConfigFile);
  return registry.freeze();
}
