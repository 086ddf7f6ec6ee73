import { ConsoleLogger, type LogLevel } from '@nestjs/common';

/**
 * Nest's console logger, minus its own reports of a failed start-up (ExceptionHandler's
 * stack dump, NestApplication's "listen EADDRINUSE"): runServer reports those once, as a
 * plain message naming the variable to change.
 */
export class ServerLogger extends ConsoleLogger {
  constructor(logLevels: LogLevel[]) {
    super('Transferlab', { logLevels, prefix: 'Transferlab' });
  }

  override error(message: unknown, ...rest: unknown[]): void {
    if (rest.at(-1) === 'ExceptionHandler') return;
    if (typeof message === 'string' && message.startsWith('Error: listen ')) return;
    super.error(message, ...rest);
  }
}
