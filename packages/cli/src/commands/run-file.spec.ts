import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { sealRunFile, type RunFile } from '@transferlab/sdk/run-file';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../exit-codes';
import { main, type Host } from '../main';

const TOKEN = 'the-right-token-0123456789abcdef';
const KEY = 'a'.repeat(64);
const dir = mkdtempSync(join(tmpdir(), 'tl-cli-runfile-'));

const FILE: RunFile = sealRunFile({
  format: 'transferlab-run',
  formatVersion: 1,
  exportedAt: '2026-12-07T10:00:00.000Z',
  server: { version: '0.1.0' },
  run: { id: 'run-1', analysis: 'transfer', analysisVersion: '1.0.0', params: { n: [100] }, status: 'COMPLETED', createdAt: '2026-12-07T09:00:00.000Z', finishedAt: '2026-12-07T09:01:00.000Z', error: null },
  trials: [{ key: KEY, ordinal: 0, config: { n: 100 }, uses: { models: ['m'] }, checksums: { 'model:m': 'b'.repeat(64) }, status: 'DONE', failureReason: null }],
  results: [{ trialKey: KEY, metrics: { testAccuracy: 0.5 }, series: null, details: null, provider: 'cpu', pluginName: 'transfer', pluginVersion: '1.0.0', createdAt: '2026-12-07T09:00:30.000Z' }],
  models: [{ id: 'm', name: 'm', checksum: 'b'.repeat(64), architecture: 'onnx', numClasses: 10, training: { kind: 'natural' }, metrics: null }],
});
const TEXT = JSON.stringify(FILE);

/** What the fake server received: each request's method, path and body. */
type Seen = { method: string; path: string; body?: Uint8Array }[];

/** Serves run-1's file (or `served` instead), 404 for others; imports need TOKEN, a second one of a checksum is a 409. */
function fakeServer(seen: Seen, served = TEXT): typeof fetch {
  const imported = new Set<string>();
  return (input, init) => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    const method = init?.method ?? 'GET';
    const body = init?.body instanceof Uint8Array ? init.body : undefined;
    seen.push({ method, path: url.pathname, ...(body ? { body } : {}) });
    const reply = (value: unknown, status: number) => Promise.resolve(new Response(JSON.stringify(value), { status }));
    if (url.pathname === '/graphql') {
      const summary = { analysis: 'transfer', analysisVersion: '1.0.0', status: 'COMPLETED', error: null, createdAt: '2026-12-07T11:00:00.000Z', finishedAt: null, progress: 1, trialCount: 1, completedCount: 1, failedCount: 0, runningCount: 0 };
      const imported = { sourceChecksum: FILE.checksum, sourceRunId: 'run-1', exportedAt: FILE.exportedAt, serverVersion: '0.1.0' };
      return reply({ data: { runs: [{ id: 'run-2', ...summary, imported }, { id: 'run-3', ...summary, imported: null }] } }, 200);
    }
    if (method === 'GET') {
      if (url.pathname === '/runs/run-1/export.json') return Promise.resolve(new Response(served, { status: 200 }));
      return reply({ statusCode: 404, message: `no run with id '${url.pathname.split('/')[2]}'`, reason: 'RUN_NOT_FOUND' }, 404);
    }
    if (new Headers(init?.headers).get('authorization') !== `Bearer ${TOKEN}`) return reply({ statusCode: 401, message: 'this request needs the API token', reason: 'MISSING_TOKEN' }, 401);
    const text = (body![0] === 0x1f ? gunzipSync(body!) : Buffer.from(body!)).toString('utf8');
    const checksum = (JSON.parse(text) as RunFile).checksum;
    if (imported.has(checksum)) return reply({ statusCode: 409, message: `this run file (checksum ${checksum}) is already imported here as run run-2`, reason: 'RUN_ALREADY_IMPORTED', field: 'checksum' }, 409);
    imported.add(checksum);
    return reply({ run: { id: 'run-2', analysis: 'transfer', status: 'COMPLETED', trialCount: 1 } }, 201);
  };
}

async function cli(args: string[], server: typeof fetch, env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const host: Host = {
    io: { stdout: { write: (t) => void (stdout += t) }, stderr: { write: (t) => void (stderr += t) } },
    homeDir: dir,
    cwd: dir,
    readText: () => undefined,
    fetch: server,
  };
  const code = await main(['node', 'transferlab', ...args], { TRANSFERLAB_URL: 'http://tl.test:4000', ...env }, host);
  return { code, stdout, stderr };
}

describe('transferlab export and import', () => {
  it.each(['export', 'import'])('%s --help says what the file holds', async (command) => {
    const { code, stdout } = await cli([command, '--help'], fakeServer([]));
    expect(code).toBe(EXIT.OK);
    expect(stdout).toContain(`Usage: transferlab ${command}`);
    expect(stdout).toMatch(/format transferlab-run, version 1[\s\S]*sha256/);
  });

  it('export --out FILE.gz writes the server file gzip-compressed; without --out it goes to stdout', async () => {
    const seen: Seen = [];
    const gz = await cli(['export', 'run-1', '--out', 'run.json.gz'], fakeServer(seen));
    expect(gz.code).toBe(EXIT.OK);
    expect(gunzipSync(readFileSync(join(dir, 'run.json.gz'))).toString('utf8')).toBe(TEXT);
    expect(gz.stderr).toBe(`exported run run-1 to run.json.gz: transfer 1.0.0, 1 trials, 1 results, checksum ${FILE.checksum}\n`);
    expect(seen).toEqual([{ method: 'GET', path: '/runs/run-1/export.json' }]);
    const plain = await cli(['export', 'run-1'], fakeServer([]));
    expect(plain.stdout).toBe(`${TEXT}\n`);
  });

  it('export refuses a file the server sent that does not check (exit 6), and an unknown run (exit 4)', async () => {
    const corrupted = TEXT.replace('"testAccuracy":0.5', '"testAccuracy":0.75');
    const bad = await cli(['export', 'run-1', '--out', 'bad.json'], fakeServer([], corrupted));
    expect(bad.code).toBe(EXIT.SERVER_ERROR);
    expect(bad.stderr).toMatch(/checksum: the file says [0-9a-f]{64} but its content hashes to/);
    expect(() => readFileSync(join(dir, 'bad.json'))).toThrow(/ENOENT/);
    const missing = await cli(['export', 'nope'], fakeServer([]));
    expect(missing.code).toBe(EXIT.NOT_FOUND);
    expect(missing.stderr).toContain("no run with id 'nope'");
  });

  it('import sends the file with the token and prints the new run id; the same file again is a conflict (exit 5)', async () => {
    await cli(['export', 'run-1', '--out', 'again.json.gz'], fakeServer([]));
    const seen: Seen = [];
    const server = fakeServer(seen);
    const first = await cli(['import', 'again.json.gz'], server, { TRANSFERLAB_TOKEN: TOKEN });
    expect(first.code).toBe(EXIT.OK);
    expect(first.stdout).toBe('run-2\n');
    expect(first.stderr).toContain('imported again.json.gz as run run-2 (from run run-1, exported 2026-12-07T10:00:00.000Z by Transferlab 0.1.0)');
    // The bytes as they are in the file (gzip), read back by the server.
    expect(Buffer.from(seen[0]!.body!)).toEqual(readFileSync(join(dir, 'again.json.gz')));
    const second = await cli(['import', 'again.json.gz'], server, { TRANSFERLAB_TOKEN: TOKEN });
    expect(second.code).toBe(EXIT.CONFLICT);
    expect(second.stderr).toContain('already imported here as run run-2');
  });

  it('import refuses a changed file before sending it, naming the checksum (exit 3)', async () => {
    const path = join(dir, 'changed.json');
    writeFileSync(path, TEXT.replace('"testAccuracy":0.5', '"testAccuracy":0.9'));
    const seen: Seen = [];
    const { code, stderr } = await cli(['import', path], fakeServer(seen), { TRANSFERLAB_TOKEN: TOKEN });
    expect(code).toBe(EXIT.INVALID_INPUT);
    expect(stderr).toMatch(/is not a valid run file:\n {2}checksum: the file says [0-9a-f]{64} but its content hashes to [0-9a-f]{64}: it was changed after export/);
    expect(seen).toEqual([]);
  });

  it.each([
    ['another format version', (f: Record<string, unknown>) => ({ ...f, formatVersion: 2 }), /formatVersion: version 2 is not supported/],
    ['not JSON', () => 'nope', /is not JSON/],
    ['a missing file', undefined, /cannot read the run file .*missing\.json: no such file/],
  ])('import refuses %s (exit 3)', async (_name, edit, message) => {
    const name = edit === undefined ? 'missing.json' : `edit-${_name.replace(/\W/g, '')}.json`;
    if (edit !== undefined) {
      const changed = edit(JSON.parse(TEXT) as Record<string, unknown>);
      writeFileSync(join(dir, name), typeof changed === 'string' ? changed : JSON.stringify(changed));
    }
    const { code, stderr } = await cli(['import', name], fakeServer([]), { TRANSFERLAB_TOKEN: TOKEN });
    expect(code).toBe(EXIT.INVALID_INPUT);
    expect(stderr).toMatch(message);
  });

  it('runs names the run an imported run came from', async () => {
    const { code, stdout } = await cli(['runs'], fakeServer([]));
    expect(code).toBe(EXIT.OK);
    expect(stdout).toMatch(/^id +analysis .* created +imported$/m);
    expect(stdout).toMatch(/^run-2 +transfer +completed .* from run-1$/m);
    expect(stdout).toMatch(/^run-3 +transfer +completed .* -$/m);
  });

  it('import without the token: exit 2', async () => {
    writeFileSync(join(dir, 'ok.json'), TEXT);
    const { code } = await cli(['import', 'ok.json'], fakeServer([]));
    expect(code).toBe(EXIT.UNAUTHENTICATED);
  });
});
