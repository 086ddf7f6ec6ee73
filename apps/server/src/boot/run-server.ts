import type { INestApplication } from '@nestjs/common';
import type { TransferlabConfig } from '@transferlab/sdk/config';
import { GRAPHQL_PATH } from '../graphql/graphql.options';
import { describeBootError } from './boot-error';
import { createApp } from './create-app';

/** Where run-server writes; tests replace it. */
export interface BootOutput {
  info(line: string): void;
  error(text: string): void;
  exit(code: number): void;
}

export const processOutput: BootOutput = {
  info: (line) => process.stdout.write(`${line}\n`),
  error: (text) => process.stderr.write(`${text}\n`),
  exit: (code) => process.exit(code),
};

/** URL of the GraphQL endpoint for a host and port (IPv6 literals in brackets). */
export function graphqlUrl(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}${GRAPHQL_PATH}`;
}

/**
 * Load the configuration, build the app and listen on config.host:config.serverPort.
 * Any failure is one message on stderr and exit code 1.
 */
export async function runServer(
  load: () => TransferlabConfig,
  out: BootOutput = processOutput,
): Promise<INestApplication | undefined> {
  let config: TransferlabConfig | undefined;
  let app: INestApplication | undefined;
  try {
    config = load();
    app = await createApp(config);
    // SIGTERM/SIGINT close the app (and later the worker pool) before the process exits.
    app.enableShutdownHooks();
    await app.listen(config.serverPort, config.host);
    out.info(`transferlab server: GraphQL API at ${graphqlUrl(config.host, config.serverPort)}`);
    return app;
  } catch (e) {
    await app?.close().catch(() => undefined);
    const where = config ? { host: config.host, port: config.serverPort } : undefined;
    out.error(`transferlab server could not start:\n${describeBootError(e, where)}`);
    out.exit(1);
    return undefined;
  }
}
