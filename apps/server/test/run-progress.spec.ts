import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { START } from './helpers/runs';
import { postQuery, startTestServer, type TestServer } from './helpers/test-server';

const TOKEN = 'progress-test-token-01';

interface Progress {
  status: string;
  completedCount: number;
  progress: number;
}

describe('runProgress subscription over graphql-ws', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ TRANSFERLAB_API_TOKEN: TOKEN });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('streams the run from its current state to completion, progress never going back', async () => {
    const { body } = await postQuery<{ startRun: { id: string } }>(
      server.url,
      START,
      { input: { analysis: 'fixture-sweep', params: { ns: [10, 20], seeds: 2, delayMs: 50 } } },
      TOKEN,
    );
    const id = body.data!.startRun.id;
    const client = createClient({ url: server.url.replace('http:', 'ws:'), webSocketImpl: WebSocket, lazy: true });
    const events: Progress[] = [];
    try {
      await new Promise<void>((done, fail) => {
        client.subscribe<{ runProgress: Progress }>(
          { query: 'subscription ($id: ID!) { runProgress(id: $id) { status completedCount progress } }', variables: { id } },
          {
            next: (m) => {
              if (m.data) events.push(m.data.runProgress);
              else fail(new Error(JSON.stringify(m.errors)));
            },
            error: (e) => fail(e instanceof Error ? e : new Error(JSON.stringify(e))),
            complete: done,
          },
        );
      });
    } finally {
      await client.dispose();
    }
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(events.at(-1)).toEqual({ status: 'COMPLETED', completedCount: 8, progress: 1 });
    for (let i = 1; i < events.length; i++) expect(events[i]!.progress).toBeGreaterThanOrEqual(events[i - 1]!.progress);
    // Updates arrived while the run was going, not only its end state.
    expect(events.some((e) => e.status === 'RUNNING' && e.completedCount > 0)).toBe(true);
  });
});
