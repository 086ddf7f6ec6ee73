import { timingSafeEqual } from 'node:crypto';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { IncomingMessage } from 'node:http';
import { InjectApiToken } from './auth.constants';
import { AuthErrorCode, AuthException } from './auth.exception';

/** Lets a request through only with `Authorization: Bearer <token>` (compared in constant time). */
@Injectable()
export class TokenGuard implements CanActivate {
  constructor(@InjectApiToken() private readonly token: string) {}

  canActivate(context: ExecutionContext): boolean {
    // GraphQL mutations, and HTTP endpoints that change state (model uploads).
    const http = context.getType() === 'http';
    const req = http
      ? context.switchToHttp().getRequest<IncomingMessage>()
      : GqlExecutionContext.create(context).getContext<{ req?: IncomingMessage }>().req;
    const header = req?.headers.authorization;
    if (header === undefined || header === '') {
      throw new AuthException(AuthErrorCode.MissingToken, `this ${http ? 'request' : 'mutation'} needs the API token: send "Authorization: Bearer <token>"`);
    }
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const given = Buffer.from(match?.[1] ?? '');
    const expected = Buffer.from(this.token);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new AuthException(AuthErrorCode.InvalidToken, 'the API token is not valid');
    }
    return true;
  }
}
