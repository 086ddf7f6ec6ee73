import { Global, Module } from '@nestjs/common';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import { TRANSFERLAB_CONFIG } from '../config/config.constants';
import { API_TOKEN } from './auth.constants';
import { resolveApiToken } from './api-token';
import { TokenAttempts } from './token-attempts';
import { TokenGuard } from './token.guard';

/** The API token (configured or generated at boot) and the guard every mutation uses. */
@Global()
@Module({
  providers: [
    { provide: API_TOKEN, inject: [TRANSFERLAB_CONFIG], useFactory: (c: TransferlabConfig): string => resolveApiToken(c) },
    { provide: TokenAttempts, useFactory: (): TokenAttempts => new TokenAttempts() },
    TokenGuard,
  ],
  exports: [API_TOKEN, TokenAttempts, TokenGuard],
})
export class AuthModule {}
