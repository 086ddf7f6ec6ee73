import { Inject } from '@nestjs/common';

/** DI token of the frozen PluginRegistry. */
export const PLUGIN_REGISTRY = Symbol('PLUGIN_REGISTRY');

export const InjectPluginRegistry = (): ParameterDecorator => Inject(PLUGIN_REGISTRY);
