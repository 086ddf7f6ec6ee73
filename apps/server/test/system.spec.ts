import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_PLUGINS } from '../src/plugins/built-in-plugins';
import { postQuery, startTestServer, type TestServer } from './helpers/test-server';

const SYSTEM = /* GraphQL */ `
  query {
    system {
      version
      executionProviders { available active setting }
      plugins { kind name version description paramsSchema origin }
    }
  }
`;

interface SystemData {
  system: {
    version: string;
    executionProviders: { available: string[]; active: string; setting: string };
    plugins: { kind: string; name: string; version: string; description: string; paramsSchema: { type?: string; properties: Record<string, unknown> }; origin: string }[];
  };
}

describe('GraphQL system query over HTTP', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('reports the package version and the cpu provider', async () => {
    const { status, body } = await postQuery<SystemData>(server.url, SYSTEM);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8'));
    expect(body.data!.system.version).toBe(pkg.version);
    expect(body.data!.system.executionProviders).toMatchObject({ active: 'cpu', setting: 'cpu' });
    expect(body.data!.system.executionProviders.available).toContain('cpu');
  });

  it('lists the built-in plugins and the external ones from the configuration file', async () => {
    const { body } = await postQuery<SystemData>(server.url, SYSTEM);
    const plugins = body.data!.system.plugins;
    const builtInNames = BUILT_IN_PLUGINS.flatMap(({ plugins: list }) => list.map((p) => (p as { name: string }).name));
    expect(plugins.filter((p) => p.origin.startsWith('built-in')).map((p) => p.name).sort()).toEqual([...builtInNames].sort());

    const noise = plugins.find((p) => p.name === 'fixture-noise');
    expect(noise).toMatchObject({ kind: 'ATTACK', version: '1.2.3', description: 'Test fixture: returns the images unchanged.' });
    expect(noise!.origin).toMatch(/^folder .*external-plugin$/);
    // The params schema arrives as a JSON document (not a string) with bounds and default.
    expect(noise!.paramsSchema.type).toBe('object');
    expect(noise!.paramsSchema.properties.eps).toMatchObject({ type: 'number', minimum: 0, maximum: 1, default: 0.25 });
    expect(plugins.find((p) => p.name === 'fixture-set')).toMatchObject({ kind: 'DATASET', version: '0.1.0' });
  });

  it('orders plugins by kind (dataset, model, attack, analysis), then by name', async () => {
    const { body } = await postQuery<SystemData>(server.url, SYSTEM);
    const order = ['DATASET', 'MODEL', 'ATTACK', 'ANALYSIS'];
    const keys = body.data!.system.plugins.map((p) => [order.indexOf(p.kind), p.name] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
    expect(keys).toEqual(sorted);
  });

  it('answers an invalid query with a GraphQL error, not a crash', async () => {
    const { status, body } = await postQuery(server.url, '{ system { nope } }');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/Cannot query field "nope" on type "SystemInfo"/);
  });

  it('keeps CSRF prevention on: a simple cross-site request is refused, a preflighted one served', async () => {
    const simple = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ system { version } }' }) });
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF/);
    const get = `${server.url}?query=${encodeURIComponent('{ system { version } }')}`;
    expect((await fetch(get)).status).toBe(400);
    const preflighted = await fetch(get, { headers: { 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);
  });

  it('serves no landing page that would load scripts from a CDN', async () => {
    const res = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(await res.text()).not.toMatch(/unpkg|cdn\.|apollographql\.com/);
  });
});
