import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { type CanActivate, type ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import { InjectConfig } from '../config/config.constants';

/**
 * The worker file route's guard: `Authorization: Bearer <TRANSFERLAB_WORKER_TOKEN>`, compared in
 * constant time. A server without a worker token serves no files at all.
 */
@Injectable()
export class WorkerTokenGuard implements CanActivate {
  constructor(@InjectConfig() private readonly config: TransferlabConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const expected = this.config.workerToken;
    if (expected === undefined) throw new ForbiddenException('this server has no TRANSFERLAB_WORKER_TOKEN: it serves no files to workers');
    const header = context.switchToHttp().getRequest<IncomingMessage>().headers.authorization;
    if (header === undefined || header === '') throw new UnauthorizedException('this request needs the worker token: send "Authorization: Bearer <TRANSFERLAB_WORKER_TOKEN>"');
    const given = Buffer.from(/^Bearer\s+(\S+)$/i.exec(header)?.[1] ?? '');
    const want = Buffer.from(expected);
    if (given.length !== want.length || !timingSafeEqual(given, want)) throw new UnauthorizedException('the worker token is not valid');
    return true;
  }
}
