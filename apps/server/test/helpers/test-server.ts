import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { parseConfig, type Env, type TransferlabConfig } from '@transferlab/sdk/config';
import { createApp } from '../../src/boot/create-app';

export const FIXTURE_PLUGIN_FOLDER = resolve(__dirname, '..', 'fixtures', 'external-plugin');

export interface TestServer {
  readonly app: INestApplication;
  readonly config: TransferlabConfig;
  /** http://127.0.0.1:<ephemeral port>/graphql */
  readonly url: string;
  close(): Promise<void>;
}

/** A temporary project folder whose transferlab.config.json names the fixture plugin folder. */
export function tempProject(plugins: readonly string[] = [FIXTURE_PLUGIN_FOLDER]): { dir: string; configFile: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tl-server-'));
  mkdirSync(join(dir, 'data'));
  const configFile = join(dir, 'transferlab.config.json');
  writeFileSync(configFile, JSON.stringify({ plugins }));
  return { dir, configFile };
}

/** Boot the real app on an ephemeral loopback port, configured as a user would (env variables). */
export async function startTestServer(env: Env = {}, plugins: readonly string[] = [FIXTURE_PLUGIN_FOLDER]): Promise<TestServer> {
  const { dir, configFile } = tempProject(plugins);
  // One worker unless a test asks for more: the machines running the tests are small.
  const config = parseConfig(
    { TRANSFERLAB_DATA_DIR: 'data', TRANSFERLAB_PLUGINS_CONFIG: configFile, TRANSFERLAB_WORKERS: '1', ...env },
    dir,
  );
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    config,
    url: `http://127.0.0.1:${address.port}/graphql`,
    close: async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface GraphQLResponse<T> {
  readonly status: number;
  readonly body: { data?: T; errors?: { message: string; extensions?: { code?: string; reason?: string } }[] };
}

/** POST a GraphQL query as JSON (the request shape Apollo's CSRF prevention lets through). */
export async function postQuery<T>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token !== undefined ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as GraphQLResponse<T>['body'] };
}
