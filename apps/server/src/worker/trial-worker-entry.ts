import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WorkerEntry } from '@transferlab/engine';

/** The compiled worker entry from dist; from TypeScript sources (tests) through tsx's loader. */
export function trialWorkerEntry(dir: string = __dirname): WorkerEntry {
  const js = join(dir, 'trial-worker-main.js');
  if (existsSync(js)) return { path: js, execArgv: [] };
  const tsx = pathToFileURL(require.resolve('tsx')).href;
  return { path: join(dir, 'trial-worker-main.ts'), execArgv: ['--import', tsx] };
}
