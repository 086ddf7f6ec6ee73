import { createServer } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '@transferlab/sdk/config';
import { afterEach, describe, expect, it } from 'vitest';
import type { INestApplication } from '@nestjs/common';
import { describeBootError } from './boot-error';
import { graphqlUrl, runServer, type BootOutput } from './run-server';

function recorder(): BootOutput & { infos: string[]; errors: string[]; codes: number[] } {
  const r = { infos: [] as string[], errors: [] as string[], codes: [] as number[] };
  return { ...r, info: (l) => r.infos.push(l), error: (t) => r.errors.push(t), exit: (c) => r.codes.push(c) };
}

/** A free loopback port, found by binding port 0. */
async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((ok) => srv.listen(0, '127.0.0.1', ok));
  const { port } = srv.address() as { port: number };
  await new Promise((ok) => srv.close(ok));
  return port;
}

const tmp = (): string => mkdtempSync(join(tmpdir(), 'tl-boot-'));

describe('runServer', () => {
  let app: INestApplication | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('stops with the configuration message and exit code 1 on a bad variable, without a stack trace', async () => {
    const out = recorder();
    app = await runServer(() => parseConfig({ TRANSFERLAB_SERVER_PORT: 'http', TRANSFERLAB_WORKERS: '0' }, tmp()), out);
    expect(app).toBeUndefined();
    expect(out.codes).toEqual([1]);
    expect(out.errors).toEqual([
      'transferlab server could not start:\ninvalid configuration:\n' +
        '  - TRANSFERLAB_WORKERS="0" is not valid: accepts an integer from 1 to 256\n' +
        '  - TRANSFERLAB_SERVER_PORT="http" is not valid: accepts an integer from 1 to 65535',
    ]);
    expect(out.infos).toEqual([]);
  });

  it('stops with the reason when the plugin configuration names a missing folder', async () => {
    const dir = tmp();
    const out = recorder();
    const configFile = join(dir, 'plugins.json');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(configFile, JSON.stringify({ plugins: ['./not-there'] }));
    app = await runServer(() => parseConfig({ TRANSFERLAB_PLUGINS_CONFIG: configFile }, dir), out);
    expect(out.codes).toEqual([1]);
    expect(out.errors[0]).toBe(
      `transferlab server could not start:\nplugin folder ${join(dir, 'not-there')} (from './not-there') does not exist`,
    );
    expect(out.errors[0]).not.toMatch(/\n\s+at /);
  });

  it('listens on the configured host and port and prints the GraphQL URL', async () => {
    const port = await freePort();
    const out = recorder();
    app = await runServer(() => parseConfig({ TRANSFERLAB_SERVER_PORT: String(port) }, tmp()), out);
    expect(out.errors).toEqual([]);
    expect(out.infos).toEqual([`transferlab server: GraphQL API at http://127.0.0.1:${port}/graphql`]);
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ system { version } }' }),
    });
    expect(res.status).toBe(200);
  });

  it('names the port when it is taken', async () => {
    const port = await freePort();
    const blocker = createServer();
    await new Promise<void>((ok) => blocker.listen(port, '127.0.0.1', ok));
    try {
      const out = recorder();
      app = await runServer(() => parseConfig({ TRANSFERLAB_SERVER_PORT: String(port) }, tmp()), out);
      expect(app).toBeUndefined();
      expect(out.codes).toEqual([1]);
      expect(out.errors[0]).toBe(
        `transferlab server could not start:\n127.0.0.1:${port} is already in use; choose another port with TRANSFERLAB_SERVER_PORT or another interface with TRANSFERLAB_HOST`,
      );
    } finally {
      await new Promise((ok) => blocker.close(ok));
    }
  });
});

describe('describeBootError', () => {
  it('keeps the stack of an unexpected error (a bug should be debuggable)', () => {
    const e = new TypeError('boom');
    expect(describeBootError(e)).toBe(e.stack);
  });
});

describe('graphqlUrl', () => {
  it('brackets IPv6 literals', () => {
    expect(graphqlUrl('::1', 4000)).toBe('http://[::1]:4000/graphql');
    expect(graphqlUrl('127.0.0.1', 4000)).toBe('http://127.0.0.1:4000/graphql');
  });
});
