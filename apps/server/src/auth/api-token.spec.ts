import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiTokenFile, resolveApiToken } from './api-token';

const tmp = (): string => join(mkdtempSync(join(tmpdir(), 'tl-token-')), 'data');

describe('resolveApiToken', () => {
  it('uses the configured token and writes no file', () => {
    const dataDir = tmp();
    expect(resolveApiToken({ apiToken: 'configured-token-0001', dataDir })).toBe('configured-token-0001');
    expect(() => statSync(apiTokenFile(dataDir))).toThrow();
  });

  it('generates a 256-bit token into <dataDir>/api-token (owner-only) and reuses it after a restart', () => {
    const dataDir = tmp();
    const first = resolveApiToken({ apiToken: undefined, dataDir });
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(apiTokenFile(dataDir), 'utf8')).toBe(`${first}\n`);
    expect(statSync(apiTokenFile(dataDir)).mode & 0o777).toBe(0o600);
    expect(resolveApiToken({ apiToken: undefined, dataDir })).toBe(first);
    expect(resolveApiToken({ apiToken: undefined, dataDir: tmp() })).not.toBe(first);
  });
});
