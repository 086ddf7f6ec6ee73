import type { PluginKind } from './plugin';

export class DuplicatePluginError extends Error {
  constructor(kind: PluginKind, name: string, existingOrigin: string, newOrigin: string) {
    super(
      `duplicate ${kind} plugin '${name}': '${name}' from ${newOrigin} clashes with '${name}' from ${existingOrigin}`,
    );
    this.name = 'DuplicatePluginError';
  }
}

export class UnknownPluginError extends Error {
  constructor(
    readonly kind: PluginKind,
    readonly pluginName: string,
    readonly available: readonly string[],
  ) {
    super(
      `no ${kind} plugin named '${pluginName}'; available: ${available.length ? available.join(', ') : '(none)'}`,
    );
    this.name = 'UnknownPluginError';
  }
}

export class InvalidPluginError extends Error {
  constructor(origin: string, label: string, problems: readonly string[]) {
    super(`invalid plugin ${label} from ${origin}: ${problems.join('; ')}`);
    this.name = 'InvalidPluginError';
  }
}

export class RegistryFrozenError extends Error {
  constructor(name: string) {
    super(`the plugin registry is frozen after start-up; cannot register '${name}'`);
    this.name = 'RegistryFrozenError';
  }
}
