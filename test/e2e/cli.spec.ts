import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSweep } from '@transferlab/cli';
import { transfer } from '@transferlab/plugins-analyses';
import { flatColumnNames, summaryTable, tableColumns } from '@transferlab/sdk';
import { expect, test } from './fixtures';
import { serverUrl, transferlab } from './support/cli';
import { REPO_ROOT } from './support/platform';

/** What examples/sweeps/tiny.yaml asks for, read from the file (the test follows the example). */
const TINY = join(REPO_ROOT, 'examples', 'sweeps', 'tiny.yaml');
const tiny = parseSweep(TINY, readFileSync(TINY, 'utf8')) as unknown as {
  params: { sources: string[]; targets: string[]; n: number[]; depths: number[]; seeds: number[] };
};
const TRIALS =
  tiny.params.sources.length *
  tiny.params.targets.length *
  tiny.params.n.length *
  tiny.params.depths.length *
  tiny.params.seeds.length;

/** The summary table transfer declares (what `results` and `run --watch` print) and its columns, read from the plugin. */
const SUMMARY = transfer.outputs ? summaryTable(transfer.outputs) : undefined;
const summaryDeclaration = SUMMARY !== undefined ? transfer.outputs?.tables[SUMMARY] : undefined;
if (SUMMARY === undefined || summaryDeclaration === undefined)
  throw new Error('the transfer analysis declares no summary table');
const SUMMARY_COLUMNS = tableColumns(summaryDeclaration).map((c) => c.name);
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The printed summary table's rows, by column name. Columns are two or more spaces apart and a
 * cell never holds two spaces in a row, so splitting there gives the cells.
 */
function summaryRows(stdout: string): Record<string, string>[] {
  const lines = stdout.split('\n');
  const header = lines.findIndex(
    (l) =>
      l
        .trim()
        .split(/\s{2,}/)
        .join(' ') === SUMMARY_COLUMNS.join(' '),
  );
  if (header < 0) return [];
  const rows: Record<string, string>[] = [];
  for (const line of lines.slice(header + 1)) {
    if (line.trim() === '') break;
    const cells = line.trim().split(/\s{2,}/);
    expect(cells, line).toHaveLength(SUMMARY_COLUMNS.length);
    rows.push(Object.fromEntries(SUMMARY_COLUMNS.map((name, i) => [name, cells[i]!])));
  }
  return rows;
}

const scratch = mkdtempSync(join(tmpdir(), 'tl-cli-e2e-'));
const sweepFile = (name: string, text: string): string => {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
};

test.describe('the transferlab command against the platform', () => {
  test.describe.configure({ mode: 'serial' });
  let runId = '';

  test('run examples/sweeps/tiny.yaml --watch completes and prints the summary', async ({ platform }) => {
    test.setTimeout(180_000);
    const { code, stdout, stderr } = await transferlab(
      ['run', 'examples/sweeps/tiny.yaml', '--watch'],
      { url: serverUrl(platform.graphqlUrl), token: platform.apiToken },
      170_000,
    );
    expect(code, `stdout:\n${stdout}\nstderr:\n${stderr}`).toBe(0);
    // Progress on stderr (lines, not a bar: no terminal), ending at every trial finished.
    expect(stderr).toMatch(new RegExp(`started run \\S+: transfer \\S+, ${TRIALS} trials`));
    expect(stderr).toContain(`completed: ${TRIALS}/${TRIALS} trials (100%), 0 failed, 0 running`);
    const headline = new RegExp(
      `^run (\\S+): transfer \\S+, completed, ${TRIALS}/${TRIALS} trials done, 0 failed in \\S+$`,
      'm',
    ).exec(stdout);
    expect(headline, stdout).not.toBeNull();
    runId = headline![1]!;
    // The summary: transfer's own summary table, every declared column under its name, one row per source and n.
    expect(stdout).toMatch(new RegExp(`^${escape(SUMMARY)} \\(other tables: `, 'm'));
    expect(stdout).toMatch(new RegExp(`^${SUMMARY_COLUMNS.map(escape).join('\\s+')}$`, 'm'));
    const rows = summaryRows(stdout);
    expect(rows, stdout).toHaveLength(tiny.params.sources.length * tiny.params.n.length);
    for (const source of tiny.params.sources) {
      for (const n of tiny.params.n) {
        const row = rows.find((r) => r.source === source && r.n === String(n));
        expect(row, `${source} at n = ${n}:\n${stdout}`).toBeDefined();
        // One seed still has an interval: Wilson's over the test images, in the value's unit.
        expect(row).toMatchObject({
          target: tiny.params.targets[0],
          depth: '0',
          seeds: '1',
          accuracy: expect.stringMatching(/^\d+\.\d% \[\d+\.\d%, \d+\.\d%\]$/),
        });
      }
    }
  });

  test(`results --table ${SUMMARY} --csv equals the dashboard's table CSV`, async ({ platform, request }) => {
    const { code, stdout, stderr } = await transferlab(['results', runId, '--table', SUMMARY, '--csv'], {
      url: serverUrl(platform.graphqlUrl),
    });
    expect(code, stderr).toBe(0);
    const res = await request.get(
      new URL(`runs/${runId}/tables/${SUMMARY}.csv`, platform.dashboardUrl).toString(),
    );
    expect(res.status()).toBe(200);
    expect(stdout).toBe(await res.text());
    const lines = stdout.trim().split('\r\n');
    expect(lines[0]).toBe(flatColumnNames(tableColumns(summaryDeclaration)).join(','));
    expect(lines).toHaveLength(1 + tiny.params.sources.length * tiny.params.n.length);
  });

  test('results --table with a table transfer lacks: the server names its tables, exit code 3', async ({
    platform,
  }) => {
    const { code, stdout, stderr } = await transferlab(['results', runId, '--table', 'no-such-table'], {
      url: serverUrl(platform.graphqlUrl),
    });
    expect(stderr).toMatch(
      new RegExp(
        `^transferlab: bad user input: .*no table 'no-such-table'; tables: .*${escape(SUMMARY)}`,
        'm',
      ),
    );
    expect([code, stdout]).toEqual([3, '']);
  });

  test("results --csv equals the dashboard's CSV export of the run", async ({ platform, request }) => {
    const { code, stdout } = await transferlab(['results', runId, '--csv'], {
      url: serverUrl(platform.graphqlUrl),
    });
    expect(code).toBe(0);
    const res = await request.get(new URL(`runs/${runId}/trials.csv`, platform.dashboardUrl).toString());
    expect(res.status()).toBe(200);
    const dashboardCsv = await res.text();
    expect(stdout).toBe(dashboardCsv);
    expect(stdout.trim().split('\r\n')).toHaveLength(1 + TRIALS);
  });

  test('runs lists the run as completed', async ({ platform }) => {
    const { code, stdout } = await transferlab(['runs'], { url: serverUrl(platform.graphqlUrl) });
    expect(code).toBe(0);
    expect(stdout).toMatch(
      new RegExp(`^${runId}\\s+transfer\\s+completed\\s+${TRIALS}\\s+0\\s+${TRIALS}\\s+100%`, 'm'),
    );
  });

  test('import-model uploads and imports an ONNX classifier, which models then lists', async ({
    platform,
  }) => {
    const url = serverUrl(platform.graphqlUrl);
    const id = 'cli-imported-resnet';
    const imported = await transferlab(
      [
        'import-model',
        'plugins/models/zoo/natural.onnx',
        '--id',
        id,
        '--input',
        '1x28x28',
        '--mean',
        '0.3139',
        '--std',
        '0.3623',
        '--dataset',
        'fashion-mnist-a',
      ],
      { url, token: platform.apiToken },
    );
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(
      new RegExp(
        `^imported model ${id}: onnx, 5 classes, input 1x28x28, 3 blocks, sha256 [0-9a-f]{64}$`,
        'm',
      ),
    );
    try {
      const models = await transferlab(['models'], { url });
      expect(models.stdout).toMatch(
        new RegExp(`^${id}\\s+upload\\s+natural\\s+-\\s+1x28x28\\s+5\\s+-$`, 'm'),
      );
      // The same id again: a conflict, exit 5.
      const again = await transferlab(
        ['import-model', 'plugins/models/zoo/natural.onnx', '--id', id, '--input', '1x28x28'],
        { url, token: platform.apiToken },
      );
      expect(again.stderr).toContain(`conflict: a model with id '${id}' already exists`);
      expect(again.code).toBe(5);
    } finally {
      // Leave the shared platform's catalog as the other tests expect it.
      await fetch(platform.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${platform.apiToken}` },
        body: JSON.stringify({
          query: 'mutation($id: ID!) { deleteModel(id: $id) { id } }',
          variables: { id },
        }),
      });
    }
  });

  test('a wrong token: "unauthenticated" and exit code 2, the token never printed', async ({ platform }) => {
    const wrong = 'not-the-token-0123456789abcdef';
    const { code, stdout, stderr } = await transferlab(['run', 'examples/sweeps/tiny.yaml'], {
      url: serverUrl(platform.graphqlUrl),
      token: wrong,
    });
    expect(stderr).toMatch(/^transferlab: unauthenticated: the API token is not valid/m);
    expect(code).toBe(2);
    expect(stdout + stderr).not.toContain(wrong);
  });

  const BAD_SWEEPS = [
    {
      what: 'an unknown analysis',
      text: 'analysis: transfr\nparams:\n  sources: [x]\n',
      message: /bad\.yaml:1:11: analysis: no analysis plugin named 'transfr'; available: .*transfer/,
    },
    {
      what: 'a wrong field',
      text: `analysis: transfer\nparams:\n  sources: [${tiny.params.sources[0]}]\n  targets: [mnist]\n  n: [100]\n  epoch: 3\n`,
      message: /bad\.yaml:6:3: params: Unrecognized key: "epoch"\n\s+6 \|\s+epoch: 3\n\s+\|\s+\^/,
    },
    {
      what: 'a value out of range',
      text: `analysis: transfer\nparams:\n  sources: [${tiny.params.sources[0]}]\n  targets: [mnist]\n  n: [100, 0]\n`,
      message: /bad\.yaml:5:12: params\.n\.1: Too small/,
    },
    {
      what: 'a YAML syntax error',
      text: 'analysis: transfer\nparams:\n  sources: [a, b\n  targets: [mnist]\n',
      message: /bad\.yaml: the file does not parse:\n.*bad\.yaml:\d+:\d+: syntax error: /,
    },
  ];
  for (const bad of BAD_SWEEPS) {
    test(`a sweep file with ${bad.what}: a message at its position, exit code 3`, async ({ platform }) => {
      const file = sweepFile('bad.yaml', bad.text);
      const { code, stdout, stderr } = await transferlab(['run', file], {
        url: serverUrl(platform.graphqlUrl),
        token: platform.apiToken,
      });
      expect(stderr).toMatch(bad.message);
      expect(code).toBe(3);
      expect(stdout).toBe('');
    });
  }
});
