import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface WorkerEntry {
  readonly path: string;
  readonly execArgv: readonly string[];
}

/**
 * The compiled worker (dist/pool/worker-main.js) when running from dist; from TypeScript
 * sources (vitest, tsx scripts) the .ts entry is loaded through tsx's loader instead.
 */
export function defaultWorkerEntry(dir: string = __dirname): WorkerEntry {
  const js = join(dir, 'worker-main.js');
  if (existsSync(js)) return { path: js, execArgv: [] };
  const tsx = pathToFileURL(require.resolve('tsx')).href;
  return { path: join(dir, 'worker-main.ts'), execArgv: ['--import', tsx] };
}
