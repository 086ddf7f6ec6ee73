import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WorkerEntry } from '@transferlab/engine';

/**
 * With --expose-gc a worker collects garbage after each job (see the engine's releaseIdleMemory),
 * so what its caches evicted, and a trial's tensors, leave the RSS before the next trial.
 */
const GC = '--expose-gc';

/**
 * The job host's worker entry (`job-host-main`, next to this folder): the compiled one from
 * dist; from TypeScript sources (tests) through tsx's loader.
 */
export function jobHostEntry(dir: string = join(__dirname, '..')): WorkerEntry {
  const js = join(dir, 'job-host-main.js');
  if (existsSync(js)) return { path: js, execArgv: [GC] };
  const tsx = pathToFileURL(require.resolve('tsx')).href;
  return { path: join(dir, 'job-host-main.ts'), execArgv: [GC, '--import', tsx] };
}
