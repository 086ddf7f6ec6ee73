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

/** Every runProgress event of the run until the subscription completes. */
async function collect(
  url: string,
  id: string,
  fields = 'status completedCount progress',
): Promise<Progress[]> {
  const client = createClient({ url: url.replace('http:', 'ws:'), webSocketImpl: WebSocket, lazy: true });
  const events: Progress[] = [];
  try {
    await new Promise<void>((done, fail) => {
      client.subscribe<{ runProgress: Progress }>(
        { query: `subscription ($id: ID!) { runProgress(id: $id) { ${fields} } }`, variables: { id } },
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
  return events;
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
    const events = await collect(server.url, body.data!.startRun.id);
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(events.at(-1)).toEqual({ status: 'COMPLETED', completedCount: 8, progress: 1 });
    for (let i = 1; i < events.length; i++)
      expect(events[i]!.progress).toBeGreaterThanOrEqual(events[i - 1]!.progress);
    // Updates arrived while the run was going, not only its end state.
    expect(events.some((e) => e.status === 'RUNNING' && e.completedCount > 0)).toBe(true);
  });

  it('streams progress inside a long trial (epochs)', async () => {
    // One trial of 6 epochs, 0.4 s each: its progress moves before any trial has finished.
    const { body } = await postQuery<{ startRun: { id: string } }>(
      server.url,
      START,
      {
        input: {
          analysis: 'fixture-sweep',
          params: { sources: ['natural'], ns: [10], seeds: 1, epochs: 6, delayMs: 2400 },
        },
      },
      TOKEN,
    );
    const events = await collect(
      server.url,
      body.data!.startRun.id,
      'status completedCount progress runningCount',
    );
    const within = events.filter(
      (e) => e.status === 'RUNNING' && e.completedCount === 0 && e.progress > 0 && e.progress < 1,
    );
    expect(within.length).toBeGreaterThanOrEqual(2);
    // Each in-trial value is a whole number of epochs out of 6, and they rise.
    for (const e of within) expect(Number.isInteger(Math.round(e.progress * 6 * 1e9) / 1e9)).toBe(true);
    for (let i = 1; i < events.length; i++)
      expect(events[i]!.progress).toBeGreaterThanOrEqual(events[i - 1]!.progress);
    expect(events.at(-1)).toMatchObject({ status: 'COMPLETED', progress: 1 });
  });

  it('throttles progress events: a trial reporting 100 epochs in quick succession gives a handful', async () => {
    const { body } = await postQuery<{ startRun: { id: string } }>(
      server.url,
      START,
      {
        input: {
          analysis: 'fixture-sweep',
          params: { sources: ['natural'], ns: [10], seeds: 1, epochs: 100, delayMs: 500 },
        },
      },
      TOKEN,
    );
    const events = await collect(server.url, body.data!.startRun.id);
    expect(events.at(-1)).toMatchObject({ status: 'COMPLETED', progress: 1 });
    // One event per report would be 100 or more; a few per second of the trial is what passes.
    expect(events.length).toBeLessThan(30);
  });
});
