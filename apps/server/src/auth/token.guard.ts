import { timingSafeEqual } from 'node:crypto';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { IncomingMessage } from 'node:http';
import { authorizationOf, remoteAddressOf, type GraphQLRequestContext } from '../graphql/request-context';
import { InjectApiToken } from './auth.constants';
import { AuthErrorCode, AuthException } from './auth.exception';
import { TOKEN_ATTEMPTS, TokenAttempts } from './token-attempts';

/** How to send the token, for the message that says it is missing. */
const HOW = {
  request: 'send "Authorization: Bearer <token>"',
  mutation: 'send "Authorization: Bearer <token>"',
  websocket: 'open the WebSocket with connectionParams { authorization: "Bearer <token>" }',
} as const;

/**
 * Lets a request through only with `Authorization: Bearer <token>` (compared in constant
 * time): the HTTP header, or over the GraphQL WebSocket `connectionParams.authorization`.
 * An address that sent too many invalid tokens is refused for a while, whatever it sends.
 */
@Injectable()
export class TokenGuard implements CanActivate {
  constructor(
    @InjectApiToken() private readonly token: string,
    private readonly attempts: TokenAttempts,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    // GraphQL mutations (over HTTP or the WebSocket), and HTTP endpoints that change state (model uploads).
    let header: string | undefined;
    let how: keyof typeof HOW;
    let address: string | undefined;
    if (context.getType() === 'http') {
      const req = context.switchToHttp().getRequest<IncomingMessage>();
      header = req.headers.authorization;
      address = req.socket.remoteAddress;
      how = 'request';
    } else {
      const gql = GqlExecutionContext.create(context).getContext<GraphQLRequestContext | undefined>();
      header = authorizationOf(gql);
      address = remoteAddressOf(gql);
      how = gql?.transport === 'websocket' ? 'websocket' : 'mutation';
    }
    const key = address ?? 'unknown';
    const wait = await this.attempts.blockedFor(key);
    if (wait > 0)
      throw new AuthException(
        AuthErrorCode.TooManyAttempts,
        `more than ${TOKEN_ATTEMPTS.failures} invalid API tokens from this address within ${TOKEN_ATTEMPTS.windowSeconds} s; try again in ${wait} s`,
      );
    if (header === undefined || header === '') {
      throw new AuthException(AuthErrorCode.MissingToken, `this ${how === 'request' ? 'request' : 'mutation'} needs the API token: ${HOW[how]}`);
    }
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const given = Buffer.from(match?.[1] ?? '');
    const expected = Buffer.from(this.token);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      await this.attempts.failed(key);
      throw new AuthException(AuthErrorCode.InvalidToken, 'the API token is not valid');
    }
    return true;
  }
}
