import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jobHostEntry } from '../src/job-host/job-host-entry';

const RECORD = join(__dirname, 'fixtures', 'loaded-packages', 'record.cjs');

/**
 * Every trial, catalog and model job runs in a job-host worker, and workers are started often
 * (one per core, again after a crash, a recycle or an idle release). Their start must not pay for
 * the HTTP side of the server: @nestjs/graphql alone was about 0.4 s of a 0.85 s start.
 */
describe('a job-host worker process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tl-worker-start-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads none of the server-only packages (Nest, GraphQL, TypeORM, Express)', async () => {
    const out = join(dir, 'loaded.txt');
    const entry = jobHostEntry();
    const child = fork(entry.path, [], {
      execArgv: [...entry.execArgv, '--require', RECORD],
      env: { ...process.env, LOADED_PACKAGES_OUT: out },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    // The worker handles messages once its modules are loaded; 'shutdown' makes it leave at once.
    child.send({ type: 'shutdown' });
    const code = await new Promise<number | null>((done) => child.once('exit', done));
    expect(code, stderr).toBe(0);
    const loaded = readFileSync(out, 'utf8').split('\n');
    // The check can fail: the worker does load the engine and the plugins.
    expect(loaded).toContain('@transferlab/engine');
    const serverOnly = loaded.filter((p) => /^(@nestjs\/|@apollo\/|typeorm$|express$|graphql$|class-validator$|bullmq$)/.test(p));
    expect(serverOnly).toEqual([]);
  });
});
