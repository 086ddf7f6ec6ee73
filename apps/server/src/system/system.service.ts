import { Injectable } from '@nestjs/common';
import type { ProviderReport } from '@transferlab/engine';
import { PLUGIN_KINDS, paramsJsonSchema, type PluginRegistry } from '@transferlab/sdk';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import { InjectConfig } from '../config/config.constants';
import { InjectExecutionProviders } from '../engine/engine.constants';
import { InjectPluginRegistry } from '../plugins/plugins.constants';
import type { PluginInfo } from './dto/plugin-info.object';
import type { PluginKind } from './dto/plugin-kind.enum';
import type { SystemInfo } from './dto/system-info.object';
import { serverVersion } from './version';

@Injectable()
export class SystemService {
  private readonly version = serverVersion();
  // The registry is frozen at boot, so the list (with its JSON Schemas) is computed once.
  private readonly plugins: readonly PluginInfo[];

  constructor(
    @InjectConfig() private readonly config: TransferlabConfig,
    @InjectExecutionProviders() private readonly providers: ProviderReport,
    @InjectPluginRegistry() registry: PluginRegistry,
  ) {
    this.plugins = PLUGIN_KINDS.flatMap((kind) =>
      registry.list(kind).map(({ plugin, origin }) => ({
        kind: kind as PluginKind,
        name: plugin.name,
        version: plugin.version,
        description: plugin.description,
        paramsSchema: paramsJsonSchema(plugin.params),
        resultFields: plugin.kind === 'analysis' && plugin.resultFields ? { ...plugin.resultFields } : null,
        aggregates: plugin.kind === 'analysis' && typeof plugin.aggregate === 'function',
        origin,
      })),
    );
  }

  info(): SystemInfo {
    return {
      version: this.version,
      executionProviders: {
        available: [...this.providers.available],
        active: this.providers.active,
        setting: this.config.executionProvider,
        fallbackReason: this.providers.fallbackReason ?? null,
      },
      plugins: [...this.plugins],
    };
  }
}
