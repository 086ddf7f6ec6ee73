import { Inject } from '@nestjs/common';

/** DI token of the engine's ProviderReport (available and active execution providers). */
export const EXECUTION_PROVIDERS = Symbol('EXECUTION_PROVIDERS');

export const InjectExecutionProviders = (): ParameterDecorator => Inject(EXECUTION_PROVIDERS);
