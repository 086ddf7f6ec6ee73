import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TransferlabConfig } from '@transferlab/sdk/config';

/**
 * The server's API token as the dashboard process can know it: TRANSFERLAB_API_TOKEN, else
 * the token the server generated into <dataDir>/api-token (read when needed: the server
 * writes it at its first boot, which may come after the dashboard starts). Undefined when
 * neither exists yet; the server then refuses mutations with its own message.
 */
export function readApiToken(config: Pick<TransferlabConfig, 'apiToken' | 'dataDir'>): string | undefined {
  if (config.apiToken !== undefined) return config.apiToken;
  try {
    const saved = readFileSync(join(config.dataDir, 'api-token'), 'utf8').trim();
    return saved.length > 0 ? saved : undefined;
  } catch {
    return undefined;
  }
}
