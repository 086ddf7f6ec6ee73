import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TransferlabConfig } from '@transferlab/sdk/config';

/** Where a generated token is kept, so it survives restarts and local tools can read it. */
export const apiTokenFile = (dataDir: string): string => join(dataDir, 'api-token');

/**
 * The token mutations need: TRANSFERLAB_API_TOKEN when set; otherwise the one in
 * <dataDir>/api-token, generated (32 random bytes, hex, owner-only file) on first boot.
 */
export function resolveApiToken(config: Pick<TransferlabConfig, 'apiToken' | 'dataDir'>): string {
  if (config.apiToken !== undefined) return config.apiToken;
  const file = apiTokenFile(config.dataDir);
  if (existsSync(file)) {
    const saved = readFileSync(file, 'utf8').trim();
    if (saved.length > 0) return saved;
  }
  mkdirSync(config.dataDir, { recursive: true });
  const token = randomBytes(32).toString('hex');
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  return token;
}
