import { describe, expect, it } from 'vitest';
import { serverBaseUrl, serverPath, websocketUrl } from './server-url';

describe('serverBaseUrl', () => {
  it.each([
    ['http://127.0.0.1:4000', 'http://127.0.0.1:4000/'],
    ['http://127.0.0.1:4000/', 'http://127.0.0.1:4000/'],
    ['http://127.0.0.1:4000/graphql', 'http://127.0.0.1:4000/'],
    ['https://lab.example/tl/graphql/', 'https://lab.example/tl/'],
  ])('%s -> %s', (input, base) => {
    expect(serverBaseUrl(input).toString()).toBe(base);
  });

  it('refuses what is not an http(s) URL', () => {
    expect(() => serverBaseUrl('localhost:4000')).toThrow(/must start with http/);
    expect(() => serverBaseUrl('127.0.0.1:4000')).toThrow(/is not a URL/);
    expect(() => serverBaseUrl('not a url')).toThrow(/is not a URL/);
  });

  it('builds the GraphQL, file and WebSocket URLs under the base', () => {
    const base = serverBaseUrl('https://lab.example/tl');
    expect(serverPath(base, 'graphql')).toBe('https://lab.example/tl/graphql');
    expect(serverPath(base, '/runs/a%2Fb/trials.csv')).toBe('https://lab.example/tl/runs/a%2Fb/trials.csv');
    expect(websocketUrl(base)).toBe('wss://lab.example/tl/graphql');
  });
});
