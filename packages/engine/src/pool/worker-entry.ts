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
  return entryFor(dir, 'worker-main');
}

/** The worker with the pool's test jobs (crash, exit, throw, sleep, steps, block) as well: tests only. */
export function testWorkerEntry(dir: string = __dirname): WorkerEntry {
  return entryFor(dir, 'test-worker-main');
}

function entryFor(dir: string, base: string): WorkerEntry {
  const js = join(dir, `${base}.js`);
  if (existsSync(js)) return { path: js, execArgv: [] };
  const tsx = pathToFileURL(require.resolve('tsx')).href;
  return { path: join(dir, `${base}.ts`), execArgv: ['--import', tsx] };
}
