import { timingSafeEqual } from 'node:crypto';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { IncomingMessage } from 'node:http';
import { authorizationOf, type GraphQLRequestContext } from '../graphql/request-context';
import { InjectApiToken } from './auth.constants';
import { AuthErrorCode, AuthException } from './auth.exception';

/** How to send the token, for the message that says it is missing. */
const HOW = {
  request: 'send "Authorization: Bearer <token>"',
  mutation: 'send "Authorization: Bearer <token>"',
  websocket: 'open the WebSocket with connectionParams { authorization: "Bearer <token>" }',
} as const;

/**
 * Lets a request through only with `Authorization: Bearer <token>` (compared in constant
 * time): the HTTP header, or over the GraphQL WebSocket `connectionParams.authorization`.
 */
@Injectable()
export class TokenGuard implements CanActivate {
  constructor(@InjectApiToken() private readonly token: string) {}

  canActivate(context: ExecutionContext): boolean {
    // GraphQL mutations (over HTTP or the WebSocket), and HTTP endpoints that change state (model uploads).
    let header: string | undefined;
    let how: keyof typeof HOW;
    if (context.getType() === 'http') {
      header = context.switchToHttp().getRequest<IncomingMessage>().headers.authorization;
      how = 'request';
    } else {
      const gql = GqlExecutionContext.create(context).getContext<GraphQLRequestContext | undefined>();
      header = authorizationOf(gql);
      how = gql?.transport === 'websocket' ? 'websocket' : 'mutation';
    }
    if (header === undefined || header === '') {
      throw new AuthException(AuthErrorCode.MissingToken, `this ${how === 'request' ? 'request' : 'mutation'} needs the API token: ${HOW[how]}`);
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
