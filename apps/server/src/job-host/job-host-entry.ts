import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WorkerEntry } from '@transferlab/engine';

/**
 * The job host's worker entry (`job-host-main`, next to this folder): the compiled one from
 * dist; from TypeScript sources (tests) through tsx's loader.
 */
export function jobHostEntry(dir: string = join(__dirname, '..')): WorkerEntry {
  const js = join(dir, 'job-host-main.js');
  if (existsSync(js)) return { path: js, execArgv: [] };
  const tsx = pathToFileURL(require.resolve('tsx')).href;
  return { path: join(dir, 'job-host-main.ts'), execArgv: ['--import', tsx] };
}
