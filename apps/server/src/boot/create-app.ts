import { type INestApplication, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { IncomingMessage } from 'node:http';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import { AppModule } from '../app.module';
import { ServerLogger } from './server-logger';

export interface CreateAppOptions {
  /** Nest's log levels; start-up errors are reported by the caller instead. */
  readonly logLevels?: LogLevel[];
}

/** Routes that read their request body as a stream themselves. */
const RAW_BODY_ROUTES = ['/runs/import'];

const ownsBody = (req: IncomingMessage): boolean => RAW_BODY_ROUTES.some((p) => (req.url ?? '').split('?')[0] === p);

const isType = (req: IncomingMessage, type: string): boolean =>
  (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase() === type;

/** Build and initialise the Nest application without listening; a failure rejects. */
export async function createApp(config: TransferlabConfig, options: CreateAppOptions = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    // Reject instead of exiting, so the caller can report the cause in one message.
    abortOnError: false,
    logger: new ServerLogger(options.logLevels ?? ['error', 'warn']),
    bodyParser: false,
  });
  // Express's parsers as Nest would register them, except on routes that stream their own raw
  // body: a run file sent as application/json would otherwise meet the JSON parser's 100 KB cap.
  app.useBodyParser('json', { type: (req: IncomingMessage) => !ownsBody(req) && isType(req, 'application/json') });
  app.useBodyParser('urlencoded', { extended: true, type: (req: IncomingMessage) => !ownsBody(req) && isType(req, 'application/x-www-form-urlencoded') });
  try {
    await app.init();
  } catch (e) {
    // A start-up hook failed (e.g. the models sync): stop what already started (worker processes).
    await app.close().catch(() => undefined);
    throw e;
  }
  return app;
}
