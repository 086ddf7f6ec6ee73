import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResultEntity } from '../src/results/result.entity';
import { TrialEntity } from '../src/runs/trial.entity';
import { DATABASES, type TestDatabase } from './helpers/databases';
import { START, waitForRun, type RunData } from './helpers/runs';
import { postQuery, startTestServer, type TestServer } from './helpers/test-server';

const TOKEN = 'results-test-token-0123';
const TABLE = /* GraphQL */ `
  query ($id: ID!, $table: String!, $options: JSON) {
    runTable(runId: $id, table: $table, options: $options, take: 500) { total rows }
  }
`;

interface Interval { mean: number; low: number | null; high: number | null; n: number }
interface Row { target: string; source: string; n: number }
type Tables = {
  accuracy: Row & { accuracy: Interval; seeds: number };
  epochs: Row & { epoch: number; accuracy: Interval };
  deltas: Row & { baseline: string; delta: Interval; pValue: number | null; seeds: number };
  efficiency: Omit<Row, 'n'> & { score: number; budgets: number };
  leaderboard: Row & { rank: number; accuracy: Interval; baseline: string | null; delta: Interval | null };
};

// Independent of the server's statistics code: closed forms for three seeds (2 degrees of freedom).
const T_975_DF2 = 4.302652729911275; // 97.5% quantile of Student's t with 2 degrees of freedom
const mean = (v: number[]): number => v.reduce((a, b) => a + b, 0) / v.length;
const sd = (v: number[]): number => Math.sqrt(v.reduce((a, x) => a + (x - mean(v)) ** 2, 0) / (v.length - 1));
/** Two-sided p of Student's t with 2 df: its CDF is 1/2 + t / (2 sqrt(2 + t^2)). */
const pDf2 = (t: number): number => 1 - Math.abs(t) / Math.sqrt(2 + t * t);

/** Parse RFC 4180 CSV (quoted fields with doubled quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

describe.each(DATABASES)('run tables on $kind', ({ create }) => {
  let db: TestDatabase;
  let server: TestServer;
  let run: RunData;
  /** Raw rows read straight from the tables: (target, source, n, seed) -> accuracy and per-epoch accuracies. */
  let raw: { target: string; source: string; n: number; seed: number; acc: number; epochs: number[] }[];

  beforeAll(async () => {
    db = await create();
    server = await startTestServer({ TRANSFERLAB_DATABASE_URL: db.url, TRANSFERLAB_API_TOKEN: TOKEN });
    const params = { targets: ['t1', 't2'], ns: [10, 20, 40], seeds: 3, epochs: 2 };
    const { body } = await postQuery<{ startRun: { id: string } }>(server.url, START, { input: { analysis: 'fixture-transfer', params } }, TOKEN);
    run = await waitForRun(server.url, body.data!.startRun.id);
    const ds = server.app.get(DataSource);
    const trials = new Map((await ds.getRepository(TrialEntity).findBy({ runId: run.id })).map((t) => [t.trialKey, t.config]));
    raw = (await ds.getRepository(ResultEntity).findBy({ runId: run.id })).map((r) => {
      const c = trials.get(r.trialKey)! as { target: string; source: string; n: number; seed: number };
      return { target: c.target, source: c.source, n: c.n, seed: c.seed, acc: r.metrics.testAccuracy!, epochs: r.series!.map((s) => s.testAccuracy!) };
    });
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  async function table<K extends keyof Tables>(name: K, options?: Record<string, unknown>): Promise<Tables[K][]> {
    const { body } = await postQuery<{ runTable: { total: number; rows: Tables[K][] } }>(server.url, TABLE, { id: run.id, table: name, options });
    expect(body.errors).toBeUndefined();
    return body.data!.runTable.rows;
  }

  it("the transfer tables match a recomputation from the raw result rows", async () => {
    expect(run.status).toBe('COMPLETED');
    expect(raw).toHaveLength(2 * 2 * 3 * 3);
    const [accuracy, epochs, deltas, efficiency, leaderboard] = [
      await table('accuracy'),
      await table('epochs'),
      await table('deltas', { baseline: 'natural' }),
      await table('efficiency'),
      await table('leaderboard', { baseline: 'natural' }),
    ];
    expect([...new Set(accuracy.map((r) => r.target))]).toEqual(['t1', 't2']);
    for (const target of ['t1', 't2']) {
      const rowsOf = (source: string, n: number): typeof raw => raw.filter((r) => r.target === target && r.source === source && r.n === n).sort((a, b) => a.seed - b.seed);
      const of = <R extends { target: string }>(rows: R[]): R[] => rows.filter((r) => r.target === target);
      expect(of(accuracy)).toHaveLength(6);
      for (const cell of of(accuracy)) {
        const v = rowsOf(cell.source, cell.n).map((r) => r.acc);
        const half = (T_975_DF2 * sd(v)) / Math.sqrt(3);
        expect(cell.seeds).toBe(3);
        expect(cell.accuracy.mean).toBeCloseTo(mean(v), 12);
        expect(cell.accuracy.low!).toBeCloseTo(mean(v) - half, 10);
        expect(cell.accuracy.high!).toBeCloseTo(mean(v) + half, 10);
      }
      expect(of(epochs)).toHaveLength(6 * 2);
      for (const cell of of(epochs)) {
        const v = rowsOf(cell.source, cell.n).map((r) => r.epochs[cell.epoch - 1]!);
        expect(cell.accuracy.mean).toBeCloseTo(mean(v), 12);
        expect(cell.accuracy.high! - cell.accuracy.low!).toBeCloseTo((2 * T_975_DF2 * sd(v)) / Math.sqrt(3), 10);
      }
      expect(of(deltas).map((d) => [d.source, d.baseline, d.n])).toEqual([['robust', 'natural', 10], ['robust', 'natural', 20], ['robust', 'natural', 40]]);
      for (const d of of(deltas)) {
        const diffs = rowsOf('robust', d.n).map((r, i) => r.acc - rowsOf('natural', d.n)[i]!.acc);
        const tStat = mean(diffs) / (sd(diffs) / Math.sqrt(3));
        expect(d.delta.mean).toBeCloseTo(mean(diffs), 12);
        expect(d.pValue!).toBeCloseTo(pDf2(tStat), 9);
        // The fixture's differences vary by seed, so this is a real test, not the sd = 0 corner.
        expect(d.pValue!).toBeGreaterThan(0);
        expect(d.pValue!).toBeLessThan(1);
      }
      for (const e of of(efficiency)) {
        const m = [10, 20, 40].map((n) => mean(rowsOf(e.source, n).map((r) => r.acc)));
        // Equal log2 steps: the trapezoid over log2(10)..log2(40) divided by its width (2).
        const area = ((m[0]! + m[1]!) / 2) * 1 + ((m[1]! + m[2]!) / 2) * 1;
        expect(e.score).toBeCloseTo(area / 2, 12);
        expect(e.budgets).toBe(3);
      }
      for (const n of [10, 20, 40]) {
        const ranked = of(leaderboard).filter((l) => l.n === n);
        expect(ranked.map((l) => l.rank)).toEqual([1, 2]);
        expect(ranked[0]!.accuracy.mean).toBeGreaterThanOrEqual(ranked[1]!.accuracy.mean);
        expect(ranked.map((l) => l.source).sort()).toEqual(['natural', 'robust']);
        // The leaderboard's delta is the deltas table's, and the baseline's own row has none.
        expect(ranked.find((l) => l.source === 'robust')!.delta).toEqual(of(deltas).find((d) => d.n === n)!.delta);
        expect(ranked.find((l) => l.source === 'natural')).toMatchObject({ baseline: 'natural', delta: null });
      }
    }
  });

  it('recomputes a cached table once a result is added', async () => {
    const generic = await postQuery<{ runAggregate: unknown }>(server.url, 'query ($id: ID!) { runAggregate(runId: $id) }', { id: run.id });
    // The fixture defines no aggregate of its own: the generic query says so.
    expect(generic.body.data!.runAggregate).toBeNull();
    const cell = (rows: Tables['accuracy'][]) => rows.find((c) => c.target === 't1' && c.source === 'natural' && c.n === 10)!;
    const before = cell(await table('accuracy'));
    // A fourth seed lands (as a resumed trial's result would): the cached table must not be served.
    const ds = server.app.get(DataSource);
    const trial = (await ds.getRepository(TrialEntity).findBy({ runId: run.id })).find((t) => t.config.target === 't1' && t.config.source === 'natural' && t.config.n === 10)!;
    const key = 'f'.repeat(64);
    await ds.getRepository(TrialEntity).save(Object.assign(new TrialEntity(), { ...trial, id: randomUUID(), trialKey: key, ordinal: 10_000, config: { ...trial.config, seed: 3 } }));
    await ds.getRepository(ResultEntity).insert({ id: randomUUID(), runId: run.id, trialKey: key, metrics: { testAccuracy: 0 }, series: null, details: null, provider: 'cpu', pluginName: 'fixture-transfer', pluginVersion: '2.0.0', createdAt: new Date().toISOString() });
    try {
      const after = cell(await table('accuracy'));
      expect(after.seeds).toBe(4);
      expect(after.accuracy.mean).toBeCloseTo((before.accuracy.mean * 3) / 4, 12);
    } finally {
      await ds.getRepository(ResultEntity).delete({ trialKey: key });
      await ds.getRepository(TrialEntity).delete({ trialKey: key });
    }
  });

  it('gives no deltas without a natural source or a named one, and refuses a baseline with no results', async () => {
    // The fixture's sources have no model records: nothing says which is natural.
    expect(await table('deltas')).toEqual([]);
    const bad = await postQuery(server.url, TABLE, { id: run.id, table: 'deltas', options: { baseline: 'imagenet' } });
    expect(bad.body.errors?.[0]).toMatchObject({
      message: "options.baseline: baseline 'imagenet' has no results in this run; sources: natural, robust",
      extensions: { code: 'BAD_USER_INPUT', field: 'options.baseline' },
    });
    const missing = await postQuery(server.url, TABLE, { id: randomUUID(), table: 'deltas' });
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('exports the trials as CSV equal to what GraphQL returns', async () => {
    const res = await fetch(server.url.replace('/graphql', `/runs/${run.id}/trials.csv`));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const [header, ...rows] = parseCsv(await res.text());
    expect(header).toEqual([
      'key', 'ordinal', 'status', 'attempts', 'failure_reason',
      'config.crash', 'config.delayMs', 'config.epochs', 'config.fail', 'config.n', 'config.seed', 'config.source', 'config.target',
      'metric.testAccuracy', 'metric.testLoss', 'plugin_name', 'plugin_version',
    ]);
    expect(rows).toHaveLength(run.trials.length);
    const col = (name: string): number => header!.indexOf(name);
    run.trials.forEach((t, i) => {
      const row = rows[i]!;
      expect(row[col('key')]).toBe(t.key);
      expect(row[col('status')]).toBe(t.status);
      expect(Number(row[col('ordinal')])).toBe(i);
      expect(row[col('config.source')]).toBe(t.config.source);
      expect(Number(row[col('config.n')])).toBe(t.config.n);
      expect(Number(row[col('metric.testAccuracy')])).toBe(t.result!.metrics.testAccuracy);
      expect(Number(row[col('metric.testLoss')])).toBe(t.result!.metrics.testLoss);
      expect(row[col('plugin_version')]).toBe(t.result!.pluginVersion);
    });
    expect((await fetch(server.url.replace('/graphql', '/runs/nope/trials.csv'))).status).toBe(404);
  });
});
