import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from './exit-codes';
import { main, type Host } from './main';

const TOKEN = 'the-right-token-0123456789abcdef';
const WRONG = 'a-wrong-token-0123456789abcdef';
const dir = mkdtempSync(join(tmpdir(), 'tl-cli-'));
const write = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const SWEEP = write('sweep.yaml', 'analysis: transfer\nparams:\n  sources: [natural]\n  targets: [mnist]\n  n: [100]\n');

const run = (status: string, failed = 0) => ({
  id: 'run-1',
  analysis: 'transfer',
  analysisVersion: '1.0.0',
  status,
  error: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  finishedAt: status === 'COMPLETED' ? '2026-01-01T00:01:12.000Z' : null,
  progress: status === 'COMPLETED' ? 1 : 0,
  trialCount: 2,
  completedCount: status === 'COMPLETED' ? 2 - failed : 0,
  failedCount: failed,
  runningCount: 0,
});

/** A GraphQL server in a fetch: mutations need TOKEN; `finalFailed` trials of run-1 fail. */
function fakeServer(finalFailed = 0): typeof fetch {
  return (input, init) => {
    const url = input instanceof Request ? input.url : input.toString();
    const auth = new Headers(init?.headers).get('authorization');
    const reply = (body: unknown, status = 200) => Promise.resolve(new Response(JSON.stringify(body), { status }));
    if (url.endsWith('/trials.csv')) return Promise.resolve(new Response('key,ordinal\r\na,0\r\n'));
    const { query, variables } = JSON.parse(init?.body as string) as { query: string; variables: Record<string, unknown> };
    const op = /^(query|mutation) (\w+)/m.exec(query)?.[2];
    if (query.startsWith('mutation') && auth !== `Bearer ${TOKEN}`) {
      const message = auth === null ? 'this mutation needs the API token: send "Authorization: Bearer <token>"' : 'the API token is not valid';
      return reply({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED', reason: auth === null ? 'MISSING_TOKEN' : 'INVALID_TOKEN' } }], data: null });
    }
    if (variables.id === 'missing' || variables.runId === 'missing') return reply({ errors: [{ message: "no run with id 'missing'", extensions: { code: 'NOT_FOUND' } }], data: null });
    switch (op) {
      case 'StartRun':
        return reply({ data: { startRun: run('QUEUED') } });
      case 'CancelRun':
        return reply({ errors: [{ message: 'run run-1 is already completed', extensions: { code: 'CONFLICT', reason: 'RUN_FINISHED' } }], data: null });
      case 'Run':
        return reply({ data: { run: { ...run('COMPLETED', finalFailed), params: {}, trialCounts: null, failures: finalFailed > 0 ? [{ ordinal: 1, reason: 'out of memory' }] : [] } } });
      case 'RunResults':
        return reply({
          data: { runResults: [{ target: 'mnist', depth: 0, lr: 0.1, deltas: [], accuracy: [{ source: 'natural', n: 100, mean: 0.5, low: 0.4, high: 0.6, sd: 0.05, seeds: 2 }] }] },
        });
      case 'Runs':
        return reply({ data: { runs: [run('COMPLETED')] } });
      default:
        return reply({ errors: [{ message: `unexpected ${op}` }] }, 400);
    }
  };
}

/** Run the CLI with `args`, collecting what it writes. */
async function cli(args: string[], options: { env?: NodeJS.ProcessEnv; fetch?: typeof fetch } = {}) {
  let stdout = '';
  let stderr = '';
  const host: Host = {
    io: { stdout: { write: (t) => void (stdout += t) }, stderr: { write: (t) => void (stderr += t) } },
    homeDir: dir,
    cwd: dir,
    readText: () => undefined,
    fetch: options.fetch ?? fakeServer(),
  };
  const code = await main(['node', 'transferlab', ...args], { TRANSFERLAB_URL: 'http://tl.test:4000', ...options.env }, host);
  return { code, stdout, stderr };
}

describe('transferlab', () => {
  it.each(['run', 'watch', 'runs', 'results', 'cancel', 'models', 'import-model', 'config'])('%s --help prints its usage and exits 0', async (command) => {
    const { code, stdout } = await cli([command, '--help']);
    expect(code).toBe(EXIT.OK);
    expect(stdout).toContain(`Usage: transferlab ${command}`);
  });

  it('--help lists the commands, where the token comes from and the exit codes', async () => {
    const { code, stdout } = await cli(['--help']);
    expect(code).toBe(EXIT.OK);
    expect(stdout).toMatch(/run \[options\] <file>[\s\S]*TRANSFERLAB_TOKEN[\s\S]*Exit codes:[\s\S]*2 +unauthenticated/);
  });

  it.each([[['bogus']], [['runs', '--nope']], [['results']], [['runs', '--take', '500']], [['results', 'r', '--csv', '--json']]])('usage error %j exits 3', async (args) => {
    const { code, stderr } = await cli(args);
    expect(code).toBe(EXIT.INVALID_INPUT);
    expect(stderr).toMatch(/error: /);
  });

  it('run --watch starts the run, shows progress on stderr and the summary on stdout, exit 0', async () => {
    const { code, stdout, stderr } = await cli(['run', SWEEP, '--watch', '--poll'], { env: { TRANSFERLAB_TOKEN: TOKEN } });
    expect(stderr).toContain('started run run-1: transfer 1.0.0, 2 trials');
    expect(stderr).toContain('completed: 2/2 trials (100%), 0 failed, 0 running');
    expect(stdout).toContain('run run-1: transfer 1.0.0, completed, 2/2 trials done, 0 failed in 1m12s');
    expect(stdout).toMatch(/mnist\s+0\s+natural\s+100\s+50\.0%\s+40\.0%-60\.0%\s+2/);
    expect(code).toBe(EXIT.OK);
  });

  it('run --watch exits 1 when trials failed, listing why', async () => {
    const { code, stdout } = await cli(['run', SWEEP, '--watch', '--poll'], { env: { TRANSFERLAB_TOKEN: TOKEN }, fetch: fakeServer(1) });
    expect(stdout).toContain('#1: out of memory');
    expect(code).toBe(EXIT.RUN_FAILED);
  });

  it('run without --watch prints only the run id on stdout', async () => {
    const { code, stdout } = await cli(['run', SWEEP], { env: { TRANSFERLAB_TOKEN: TOKEN } });
    expect([code, stdout]).toEqual([EXIT.OK, 'run-1\n']);
  });

  it.each([
    ['a wrong token', { TRANSFERLAB_TOKEN: WRONG }, /unauthenticated: the API token is not valid \(the token from TRANSFERLAB_TOKEN was refused/],
    ['no token', {}, /unauthenticated: this mutation needs the API token.*\(no token was given/],
  ])('%s: "unauthenticated", exit 2', async (_what, env, message) => {
    const { code, stderr } = await cli(['run', SWEEP], { env });
    expect(stderr).toMatch(message);
    expect(code).toBe(EXIT.UNAUTHENTICATED);
  });

  it('never prints the token, whatever the command and outcome', async () => {
    for (const token of [TOKEN, WRONG]) {
      for (const args of [['run', SWEEP, '--watch', '--poll'], ['cancel', 'run-1'], ['config'], ['runs'], ['results', 'missing'], ['run', join(dir, 'nope.yaml')]]) {
        const { stdout, stderr } = await cli(['--token', token, ...args]);
        expect(stdout + stderr).not.toContain(token);
      }
    }
  });

  it('config says where the server and token come from', async () => {
    const { stdout } = await cli(['config'], { env: { TRANSFERLAB_TOKEN: TOKEN } });
    expect(stdout).toBe('server: http://tl.test:4000 (from TRANSFERLAB_URL)\ntoken:  set, from TRANSFERLAB_TOKEN\n');
  });

  it.each([
    ['a missing sweep file', ['run', join(dir, 'nope.yaml')], EXIT.INVALID_INPUT, /cannot read the sweep file .*nope\.yaml: no such file/],
    ['a sweep file with a syntax error', ['run', write('bad.yaml', 'analysis: [transfer\n')], EXIT.INVALID_INPUT, /bad\.yaml:2:1: syntax error/],
    ['an unknown run', ['results', 'missing'], EXIT.NOT_FOUND, /not found: no run with id 'missing'/],
    ['an unknown run to watch', ['watch', 'missing'], EXIT.NOT_FOUND, /not found: no run with id 'missing'/],
    ['cancelling a finished run', ['cancel', 'run-1'], EXIT.CONFLICT, /conflict: run run-1 is already completed/],
    ['a bad --input', ['import-model', SWEEP, '--id', 'm', '--input', '224x224'], EXIT.INVALID_INPUT, /--input "224x224": expected CHANNELSxHEIGHTxWIDTH/],
  ])('%s: exit %i', async (_what, args, exitCode, message) => {
    const { code, stderr } = await cli(args, { env: { TRANSFERLAB_TOKEN: TOKEN } });
    expect(stderr).toMatch(message);
    expect(code).toBe(exitCode);
  });

  it('an unreachable server: exit 6, naming it', async () => {
    const { code, stderr } = await cli(['runs', '--url', 'http://127.0.0.1:9'], { fetch: fetch });
    expect(stderr).toMatch(/unreachable: the Transferlab server at http:\/\/127\.0\.0\.1:9 is not reachable/);
    expect(code).toBe(EXIT.SERVER_ERROR);
  });

  it('results --csv writes the server file as it is', async () => {
    const { code, stdout } = await cli(['results', 'run-1', '--csv']);
    expect([code, stdout]).toEqual([EXIT.OK, 'key,ordinal\r\na,0\r\n']);
  });
});
