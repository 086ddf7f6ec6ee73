import { describe, expect, it } from 'vitest';
import { TransferlabClient } from './client';
import { readTable } from './read-table';

const COLUMNS = [
  { name: 'source', role: 'model', label: 'Source', description: null, format: null },
  { name: 'accuracy', role: 'interval', label: null, description: null, format: 'share' },
];

/** A runTable server over `all` rows; records each request's variables. */
function tableServer(all: readonly unknown[], grow: readonly unknown[] = []) {
  const asked: Record<string, unknown>[] = [];
  let rows = [...all];
  const fetch = (_input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const { query, variables } = JSON.parse(init?.body as string) as {
      query: string;
      variables: Record<string, unknown>;
    };
    expect(query).toMatch(/query RunTable\(/);
    asked.push(variables);
    const take = variables.take as number;
    const skip = variables.skip as number;
    const page = rows.slice(skip, skip + take);
    const body = {
      data: {
        runTable: {
          runId: variables.runId,
          analysis: 'transfer',
          total: rows.length,
          skip,
          rows: page,
          facets: [],
          table: { name: variables.table, description: 'd', columns: COLUMNS },
        },
      },
    };
    // A run still going: results land after the first page.
    rows = [...rows, ...grow];
    grow = [];
    return Promise.resolve(new Response(JSON.stringify(body)));
  };
  return { client: new TransferlabClient({ url: 'http://h:1', fetch }), asked };
}

const row = (i: number) => ({ source: `s${i}`, accuracy: { mean: i / 10, low: null, high: null, n: 1 } });

describe('readTable', () => {
  it('reads every row page by page, passing options and filter on each request', async () => {
    const all = Array.from({ length: 7 }, (_, i) => row(i));
    const { client, asked } = tableServer(all);
    const data = await readTable(client, 'r1', 'leaderboard', {
      pageSize: 3,
      options: { baseline: 's0' },
      filter: { target: 'mnist' },
    });
    expect(data.rows).toEqual(all);
    expect(data.table.columns.map((c) => [c.name, c.role])).toEqual([
      ['source', 'model'],
      ['accuracy', 'interval'],
    ]);
    expect(data).toMatchObject({ runId: 'r1', analysis: 'transfer' });
    expect(asked.map((v) => v.skip)).toEqual([0, 3, 6]);
    expect(asked.every((v) => v.take === 3 && v.table === 'leaderboard')).toBe(true);
    expect(
      asked.every(
        (v) =>
          JSON.stringify(v.options) === '{"baseline":"s0"}' &&
          JSON.stringify(v.filter) === '{"target":"mnist"}',
      ),
    ).toBe(true);
  });

  it('asks once for an empty table, and for 500 rows a page by default', async () => {
    const { client, asked } = tableServer([]);
    await expect(readTable(client, 'r1', 't')).resolves.toMatchObject({ rows: [] });
    expect(asked).toEqual([{ runId: 'r1', table: 't', take: 500, skip: 0 }]);
  });

  it('follows the total the last page reported when rows land while reading', async () => {
    // The first page says 3 rows; a fourth lands before the second page, which says 4.
    const { client, asked } = tableServer([row(0), row(1), row(2)], [row(3)]);
    const data = await readTable(client, 'r1', 't', { pageSize: 2 });
    expect(data.rows.map((r) => r.source)).toEqual(['s0', 's1', 's2', 's3']);
    expect(asked.map((v) => v.skip)).toEqual([0, 2]);
  });

  it('refuses a row that is not an object, and a page size over the server maximum', async () => {
    await expect(readTable(tableServer([1]).client, 'r1', 't')).rejects.toMatchObject({
      code: 'BAD_RESPONSE',
    });
    await expect(readTable(tableServer([]).client, 'r1', 't', { pageSize: 501 })).rejects.toThrow(
      /pageSize must be an integer from 1 to 500/,
    );
  });
});
