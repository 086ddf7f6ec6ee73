import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readApiToken } from './api-token';

describe('readApiToken', () => {
  it('prefers the configured token, then the one the server saved, else none', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tl-dash-token-'));
    expect(readApiToken({ apiToken: undefined, dataDir })).toBeUndefined();
    writeFileSync(join(dataDir, 'api-token'), 'saved-token-0123456789\n');
    expect(readApiToken({ apiToken: undefined, dataDir })).toBe('saved-token-0123456789');
    expect(readApiToken({ apiToken: 'configured-token-0001', dataDir })).toBe('configured-token-0001');
  });
});
