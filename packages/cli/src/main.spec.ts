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

/** Runs by id: run-1 is a transfer run, run-inf an influence run, run-bare one of an analysis that declares no outputs. */
const ANALYSIS_OF: Record<string, string> = { 'run-1': 'transfer', 'run-inf': 'influence', 'run-bare': 'bare' };

const run = (status: string, failed = 0, id = 'run-1') => ({
  id,
  analysis: ANALYSIS_OF[id] ?? 'transfer',
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

const column = (name: string, role: string, format: string | null = null) => ({ name, role, format, label: null, description: null });

/** Each analysis's tables (columns and rows), the first its summary. */
const TABLES: Record<string, Record<string, { columns: ReturnType<typeof column>[]; rows: Record<string, unknown>[] }>> = {
  transfer: {
    leaderboard: {
      columns: [column('target', 'dimension'), column('n', 'dimension', 'count'), column('source', 'model'), column('accuracy', 'interval', 'share'), column('seeds', 'measure', 'count')],
      rows: [
        { target: 'mnist', n: 100, source: 'robust', accuracy: { mean: 0.62, low: 0.55, high: 0.69, n: 2 }, seeds: 2 },
        { target: 'mnist', n: 100, source: 'natural', accuracy: { mean: 0.5, low: 0.4, high: 0.6, n: 2 }, seeds: 2 },
      ],
    },
    accuracy: {
      columns: [column('source', 'model'), column('n', 'dimension', 'count'), column('accuracy', 'interval', 'share')],
      rows: [{ source: 'natural', n: 100, accuracy: { mean: 0.5, low: 0.4, high: 0.6, n: 2 } }],
    },
  },
  influence: {
    'top-influences': {
      columns: [column('source', 'model'), column('test', 'image'), column('train', 'image'), column('influence', 'measure'), column('map', 'picture')],
      rows: [
        {
          source: 'natural',
          test: { dataset: 'mnist', split: 'test', index: 3 },
          train: { dataset: 'mnist', split: 'train', index: 41 },
          influence: 0.0123,
          map: 'data:image/png;base64,AAAA',
        },
      ],
    },
  },
  bare: {},
};

const outputsOf = (analysis: string) => {
  const tables = TABLES[analysis] ?? {};
  const names = Object.keys(tables);
  return {
    analysis,
    version: '1.0.0',
    description: analysis,
    summaryTable: names[0] ?? null,
    tables: names.map((name) => ({ name, description: name, columns: tables[name]!.columns })),
    views: [],
  };
};

const noTable = (analysis: string, table: string): string =>
  `table: analysis '${analysis}' has no table '${table}'; tables: ${Object.keys(TABLES[analysis] ?? {}).join(', ') || '(none declared)'}`;

/** What the fake server was asked: GraphQL operation names and file paths. */
type Asked = string[];

/** A GraphQL server in a fetch: mutations need TOKEN; `finalFailed` trials of run-1 fail. */
function fakeServer(finalFailed = 0, asked: Asked = []): typeof fetch {
  return (input, init) => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    const auth = new Headers(init?.headers).get('authorization');
    const reply = (body: unknown, status = 200) => Promise.resolve(new Response(JSON.stringify(body), { status }));
    if (url.pathname.endsWith('/trials.csv')) {
      asked.push(url.pathname);
      return Promise.resolve(new Response('key,ordinal\r\na,0\r\n'));
    }
    const file = /^\/runs\/([^/]+)\/tables\/([^/]+)\.csv$/.exec(url.pathname);
    if (file) {
      asked.push(`${url.pathname}${url.search}`);
      const analysis = ANALYSIS_OF[file[1]!] ?? 'transfer';
      if (TABLES[analysis]?.[file[2]!] === undefined) return reply({ statusCode: 400, message: noTable(analysis, file[2]!), error: 'Bad Request' }, 400);
      return Promise.resolve(new Response(`source,n,accuracy.mean,accuracy.low,accuracy.high,accuracy.n\r\nnatural,100,0.5,0.4,0.6,2\r\n`));
    }
    const { query, variables } = JSON.parse(init?.body as string) as { query: string; variables: Record<string, unknown> };
    const op = /^(query|mutation) (\w+)/m.exec(query)?.[2];
    asked.push(op ?? '?');
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
      case 'Run': {
        const id = variables.id as string;
        return reply({ data: { run: { ...run('COMPLETED', id === 'run-1' ? finalFailed : 0, id), params: {}, trialCounts: null, failures: finalFailed > 0 ? [{ ordinal: 1, reason: 'out of memory' }] : [] } } });
      }
      case 'AnalysisOutputs':
        return reply({ data: { analysisOutputs: outputsOf(variables.analysis as string) } });
      case 'RunTable': {
        const analysis = ANALYSIS_OF[variables.runId as string] ?? 'transfer';
        const table = TABLES[analysis]?.[variables.table as string];
        if (table === undefined)
          return reply({ errors: [{ message: noTable(analysis, variables.table as string), extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_ARGUMENTS', field: 'table' } }], data: null });
        const filter = (variables.filter ?? {}) as Record<string, unknown>;
        const rows = table.rows.filter((r) => Object.entries(filter).every(([k, v]) => r[k] === v));
        const page = rows.slice(variables.skip as number, (variables.skip as number) + (variables.take as number));
        const tableObject = { name: variables.table, description: 'd', columns: table.columns };
        return reply({ data: { runTable: { runId: variables.runId, analysis, total: rows.length, skip: variables.skip, rows: page, facets: [], table: tableObject } } });
      }
      case 'Runs':
        return reply({ data: { runs: variables.analysis === 'influence' ? [] : [run('COMPLETED')] } });
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
    expect(stdout).toBe(
      [
        'run run-1: transfer 1.0.0, completed, 2/2 trials done, 0 failed in 1m12s',
        '',
        'leaderboard (other tables: accuracy; transferlab results run-1 --table NAME)',
        'target    n  source               accuracy  seeds',
        'mnist   100  robust   62.0% [55.0%, 69.0%]      2',
        'mnist   100  natural  50.0% [40.0%, 60.0%]      2',
        '',
      ].join('\n'),
    );
    expect(code).toBe(EXIT.OK);
  });

  it('run --watch exits 1 when trials failed, listing why', async () => {
    const { code, stdout } = await cli(['run', SWEEP, '--watch', '--poll'], { env: { TRANSFERLAB_TOKEN: TOKEN }, fetch: fakeServer(1) });
    expect(stdout).toContain('#1: out of memory');
    expect(code).toBe(EXIT.RUN_FAILED);
  });

  it("run --watch still ends with the headline when the summary table fails, saying why on stderr; results fails with the server's code", async () => {
    const failing: typeof fetch = (input, init) => {
      const body = typeof init?.body === 'string' ? init.body : '';
      if (body.includes('query RunTable'))
        return Promise.resolve(
          new Response(JSON.stringify({ errors: [{ message: "analysis 'transfer' could not compute table 'leaderboard' of run run-1: boom", extensions: { code: 'INTERNAL_SERVER_ERROR' } }], data: null })),
        );
      return fakeServer()(input, init);
    };
    const watched = await cli(['run', SWEEP, '--watch', '--poll'], { env: { TRANSFERLAB_TOKEN: TOKEN }, fetch: failing });
    expect(watched.stdout).toBe('run run-1: transfer 1.0.0, completed, 2/2 trials done, 0 failed in 1m12s\n');
    expect(watched.stderr).toContain("(no summary table: analysis 'transfer' could not compute table 'leaderboard' of run run-1: boom)");
    expect(watched.code).toBe(EXIT.OK);
    const results = await cli(['results', 'run-1'], { fetch: failing });
    expect([results.code, results.stdout]).toEqual([EXIT.SERVER_ERROR, '']);
    expect(results.stderr).toMatch(/^transferlab: internal server error: analysis 'transfer' could not compute table/);
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

  it("results prints the run's own analysis's summary table, never transfer's (an influence run)", async () => {
    const asked: Asked = [];
    const { code, stdout } = await cli(['results', 'run-inf'], { fetch: fakeServer(0, asked) });
    expect(stdout).toBe(
      [
        'run run-inf: influence 1.0.0, completed, 2/2 trials done, 0 failed in 1m12s',
        '',
        'top-influences',
        'source   test           train            influence  map',
        'natural  mnist test #3  mnist train #41     0.0123  (image)',
        '',
      ].join('\n'),
    );
    expect(code).toBe(EXIT.OK);
    expect(asked).toEqual(['Run', 'AnalysisOutputs', 'RunTable']);
  });

  it('results of an analysis that declares no outputs prints the headline and says so', async () => {
    const { code, stdout } = await cli(['results', 'run-bare']);
    expect(stdout).toBe(
      "run run-bare: bare 1.0.0, completed, 2/2 trials done, 0 failed in 1m12s\n\nanalysis 'bare' declares no output tables; transferlab results run-bare --json writes its result rows\n",
    );
    expect(code).toBe(EXIT.OK);
  });

  it('results --table prints that table, filtered, or its rows as JSON', async () => {
    const table = await cli(['results', 'run-1', '--table', 'leaderboard', '--filter', '{"source": "natural"}']);
    expect([table.code, table.stdout]).toEqual([EXIT.OK, 'target    n  source               accuracy  seeds\nmnist   100  natural  50.0% [40.0%, 60.0%]      2\n']);
    const json = await cli(['results', 'run-1', '--table', 'accuracy', '--json']);
    expect(JSON.parse(json.stdout)).toEqual(TABLES.transfer!.accuracy!.rows);
    const none = await cli(['results', 'run-1', '--table', 'accuracy', '--filter', '{"source": "robust"}']);
    expect([none.code, none.stdout, none.stderr]).toEqual([EXIT.OK, '', 'table accuracy of run run-1 has no rows matching the filter\n']);
  });

  it('results --table NAME --csv writes the server table file as it is, passing options and filter', async () => {
    const asked: Asked = [];
    const { code, stdout } = await cli(['results', 'run-1', '--table', 'accuracy', '--csv', '--options', '{"baseline":"natural"}', '--filter', '{"n":[100]}'], {
      fetch: fakeServer(0, asked),
    });
    expect([code, stdout]).toEqual([EXIT.OK, 'source,n,accuracy.mean,accuracy.low,accuracy.high,accuracy.n\r\nnatural,100,0.5,0.4,0.6,2\r\n']);
    const url = new URL(asked[0]!, 'http://x');
    expect([url.pathname, url.searchParams.get('options'), url.searchParams.get('filter')]).toEqual(['/runs/run-1/tables/accuracy.csv', '{"baseline":"natural"}', '{"n":[100]}']);
  });

  it.each([
    ['as text', []],
    ['as CSV', ['--csv']],
    ['as JSON', ['--json']],
  ])("a table the run's analysis lacks, %s: the server's message, exit 3", async (_how, flags) => {
    const { code, stdout, stderr } = await cli(['results', 'run-inf', '--table', 'leaderboard', ...flags]);
    expect(stderr).toBe("transferlab: bad user input: table: analysis 'influence' has no table 'leaderboard'; tables: top-influences\n");
    expect([code, stdout]).toEqual([EXIT.INVALID_INPUT, '']);
  });

  it.each([
    [['--table', 'accuracy', '--filter', '{"n": 1'], /--filter is not JSON/],
    [['--table', 'accuracy', '--options', '[1]'], /--options must be a JSON object/],
    [['--csv', '--filter', '{}'], /--options and --filter apply to tables: add --table NAME/],
  ])('results %j: exit 3 before asking the server', async (flags, message) => {
    const asked: Asked = [];
    const { code, stderr } = await cli(['results', 'run-1', ...flags], { fetch: fakeServer(0, asked) });
    expect(stderr).toMatch(message);
    expect([code, asked]).toEqual([EXIT.INVALID_INPUT, []]);
  });

  it('runs --analysis asks for that analysis only', async () => {
    const { code, stderr } = await cli(['runs', '--analysis', 'influence']);
    expect([code, stderr]).toEqual([EXIT.OK, 'no runs of influence yet\n']);
  });
});
