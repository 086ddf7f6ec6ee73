import { describe, expect, it } from 'vitest';
import { allowedHosts, checkHostAndOrigin } from './request-guard';

describe('allowedHosts', () => {
  it('is the configured host with the dashboard port, plus the loopback names for a loopback host', () => {
    expect([...allowedHosts({ host: '127.0.0.1', dashboardPort: 3000 })].sort()).toEqual(
      ['127.0.0.1:3000', '[::1]:3000', 'localhost:3000'].sort(),
    );
    expect([...allowedHosts({ host: 'lab.example.org', dashboardPort: 3000 })]).toEqual([
      'lab.example.org:3000',
    ]);
    expect(allowedHosts({ host: '::1', dashboardPort: 3001 }).has('[::1]:3001')).toBe(true);
    // Browsers leave port 80 out of the Host header.
    expect(allowedHosts({ host: 'localhost', dashboardPort: 80 }).has('localhost')).toBe(true);
  });

  it('answers to loopback and the machine own addresses when listening everywhere, never to the wildcard', () => {
    const hosts = allowedHosts({ host: '0.0.0.0', dashboardPort: 3000 });
    expect(hosts.has('localhost:3000')).toBe(true);
    expect(hosts.has('0.0.0.0:3000')).toBe(false);
    expect(hosts.has('rebind.attacker.test:3000')).toBe(false);
  });
});

describe('checkHostAndOrigin', () => {
  const allowed = allowedHosts({ host: '127.0.0.1', dashboardPort: 3000 });
  const check = (headers: Record<string, string>): number | undefined =>
    checkHostAndOrigin(new Request('http://x/graphql', { method: 'POST', headers }), allowed)?.status;

  it.each([
    ['the dashboard own host, no Origin (curl, tools)', { host: '127.0.0.1:3000' }, undefined],
    ['localhost with its own origin', { host: 'localhost:3000', origin: 'http://localhost:3000' }, undefined],
    ['a rebound name (DNS rebinding)', { host: 'rebind.attacker.test:3000' }, 403],
    ['no Host at all', {}, 403],
    ['the right host on another port', { host: '127.0.0.1:3001' }, 403],
    ['a foreign Origin', { host: '127.0.0.1:3000', origin: 'http://attacker.test' }, 403],
    ['the null Origin of a sandboxed frame', { host: '127.0.0.1:3000', origin: 'null' }, 403],
    ['an Origin on another port', { host: '127.0.0.1:3000', origin: 'http://127.0.0.1:8080' }, 403],
    ['a cross-site fetch', { host: '127.0.0.1:3000', 'sec-fetch-site': 'cross-site' }, 403],
  ])('%s -> %s', (_, headers, status) => {
    expect(check(headers)).toBe(status);
  });

  it('says why, in both the plain and the GraphQL shape', async () => {
    const res = checkHostAndOrigin(
      new Request('http://x/graphql', { headers: { host: 'evil.test:3000' } }),
      allowed,
    )!;
    const body = (await res.json()) as { message: string; errors: { message: string }[] };
    expect(body.message).toMatch(/does not answer to the host name "evil.test:3000"/);
    expect(body.errors[0]!.message).toBe(body.message);
  });
});
