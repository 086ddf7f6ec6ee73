import { describe, expect, it } from 'vitest';
import { isAllowedOrigin } from './websocket';

describe('isAllowedOrigin', () => {
  const config = { host: 'lab.example.org', serverPort: 4000, dashboardPort: 3000 };

  it.each([
    [undefined, true], // not a browser: scripts and tools send no Origin
    ['http://lab.example.org:3000', true],
    ['https://lab.example.org:4000', true],
    ['http://localhost:3000', true],
    ['http://127.0.0.1:4000', true],
    ['http://[::1]:3000', true],
    ['http://127.0.0.1:5555', true], // the port this connection came in on
    ['http://localhost:8080', false],
    ['http://evil.example:3000', false],
    ['http://lab.example.org.evil.example:3000', false],
    ['http://localhost.evil.example:3000', false],
    ['null', false],
    ['file://', false],
    ['ws://localhost:3000', false],
    ['http://localhost:3000/path', false],
  ])('%s: %s', (origin, allowed) => {
    expect(isAllowedOrigin(origin, config, 5555)).toBe(allowed);
  });

  it('accepts the configured host written as an IPv6 literal', () => {
    expect(isAllowedOrigin('http://[fd00::1]:3000', { ...config, host: 'fd00::1' })).toBe(true);
  });
});
