import { Inject } from '@nestjs/common';

/** DI token of the API token string mutations are checked against. */
export const API_TOKEN = Symbol('API_TOKEN');

export const InjectApiToken = (): ParameterDecorator => Inject(API_TOKEN);
