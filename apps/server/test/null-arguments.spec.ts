import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { START, waitForRun } from './helpers/runs';
import { postQuery, startTestServer, type TestServer } from './helpers/test-server';

const TOKEN = 'null-arguments-test-token';

/**
 * Every nullable argument of the schema, given an explicit null: GraphQL lets a client send
 * null where it may leave the argument out, and the answer must be the one without it (not
 * an empty list, nor an internal error from a null reaching code that expects undefined).
 * `$run` is replaced by the id of a finished run with results. fixture-transfer defines no
 * aggregate, so runAggregate is null either way; every other answer holds a row.
 */
const CASES: readonly (readonly [argument: string, withNull: string, without: string])[] = [
  ['runs(analysis)', '{ runs(analysis: null) { id } }', '{ runs { id } }'],
  ['Run.trials(status)', '{ run(id: "$run") { trials(status: null) { key status } } }', '{ run(id: "$run") { trials { key status } } }'],
  ['plugins(kind)', '{ plugins(kind: null) { name kind } }', '{ plugins { name kind } }'],
  ['runAggregate(options)', '{ runAggregate(runId: "$run", options: null) }', '{ runAggregate(runId: "$run") }'],
  [
    'runTable(options, filter, facets, facetChoices)',
    '{ runTable(runId: "$run", table: "accuracy", options: null, filter: null, facets: null, facetChoices: null) { total rows facets { column } } }',
    '{ runTable(runId: "$run", table: "accuracy") { total rows facets { column } } }',
  ],
  ['exampleEvidence(runIds)', '{ exampleEvidence(dataset: "t1", index: 0, runIds: null) { runs { runId } } }', '{ exampleEvidence(dataset: "t1", index: 0) { runs { runId } } }'],
  [
    'exampleImages(dataset, split, runIds)',
    '{ exampleImages(dataset: null, split: null, runIds: null) { total datasets runs { runId } } }',
    '{ exampleImages { total datasets runs { runId } } }',
  ],
];

describe('explicit null for a nullable argument', { timeout: 120_000 }, () => {
  let server: TestServer;
  let runId: string;

  beforeAll(async () => {
    server = await startTestServer({ TRANSFERLAB_API_TOKEN: TOKEN });
    const params = { targets: ['t1'], ns: [10], seeds: 2, epochs: 1 };
    const { body } = await postQuery<{ startRun: { id: string } }>(server.url, START, { input: { analysis: 'fixture-transfer', params } }, TOKEN);
    runId = body.data!.startRun.id;
    expect((await waitForRun(server.url, runId)).status).toBe('COMPLETED');
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each(CASES)('%s: null answers as the argument left out', async (_, withNull, without) => {
    const a = await postQuery<Record<string, unknown>>(server.url, withNull.replaceAll('$run', runId));
    const b = await postQuery<Record<string, unknown>>(server.url, without.replaceAll('$run', runId));
    expect(a.body.errors).toBeUndefined();
    expect(b.body.errors).toBeUndefined();
    expect(a.status).toBe(200);
    expect(a.body.data).toEqual(b.body.data);
    // Not vacuous: the answer without the argument holds rows, not just an empty list.
    if (!without.includes('runAggregate')) expect(JSON.stringify(b.body.data)).toMatch(/"(id|key|name|runId|target)":"[^"]+"/);
  });
});
