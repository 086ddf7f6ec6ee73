import { type INestApplication, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import { AppModule } from '../app.module';
import { ServerLogger } from './server-logger';

export interface CreateAppOptions {
  /** Nest's log levels; start-up errors are reported by the caller instead. */
  readonly logLevels?: LogLevel[];
}

/** Build and initialise the Nest application without listening; a failure rejects. */
export async function createApp(config: TransferlabConfig, options: CreateAppOptions = {}): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot(config), {
    // Reject instead of exiting, so the caller can report the cause in one message.
    abortOnError: false,
    logger: new ServerLogger(options.logLevels ?? ['error', 'warn']),
  });
  try {
    await app.init();
  } catch (e) {
    // A start-up hook failed (e.g. the models sync): stop what already started (worker processes).
    await app.close().catch(() => undefined);
    throw e;
  }
  return app;
}
