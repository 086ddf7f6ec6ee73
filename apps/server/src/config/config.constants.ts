import { Inject } from '@nestjs/common';

/** DI token of the parsed, frozen TransferlabConfig. */
export const TRANSFERLAB_CONFIG = Symbol('TRANSFERLAB_CONFIG');

/** Parameter decorator: `constructor(@InjectConfig() config: TransferlabConfig)`. */
export const InjectConfig = (): ParameterDecorator => Inject(TRANSFERLAB_CONFIG);
