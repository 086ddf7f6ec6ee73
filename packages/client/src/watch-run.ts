import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { TransferlabClient } from './client';
import { TransferlabError } from './errors';
import type { RunSummaryFragment, RunStatus } from './gql/graphql';
import { runProgressSubscription, runQuery } from './operations/runs';
import { websocketUrl } from './server-url';

/** Statuses after which a run no longer changes. */
export const FINISHED_STATUSES: readonly RunStatus[] = ['COMPLETED', 'FAILED', 'CANCELLED'];

export const isFinished = (run: Pick<RunSummaryFragment, 'status'>): boolean => FINISHED_STATUSES.includes(run.status);

export interface WatchRunOptions {
  /** `subscription` (graphql-ws), `polling` (the `run` query), or `auto`: the subscription, polling when the WebSocket cannot open. */
  readonly via?: 'subscription' | 'polling' | 'auto';
  /** Polling interval; default 1 s. */
  readonly intervalMs?: number;
}

/** Why a WebSocket closed or failed, in words. */
function socketReason(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === 'object' && e !== null) {
    const { code, reason, message } = e as { code?: unknown; reason?: unknown; message?: unknown };
    if (typeof message === 'string' && message !== '') return message;
    if (typeof code === 'number') return `closed with code ${code}${typeof reason === 'string' && reason !== '' ? ` (${reason})` : ''}`;
  }
  return String(e);
}

/** The run's `runProgress` subscription: the run now, then each change, until it finishes. */
export async function* subscribeRun(client: TransferlabClient, id: string): AsyncGenerator<RunSummaryFragment> {
  const authorization = client.authorization();
  const ws = createClient({
    url: websocketUrl(client.baseUrl),
    webSocketImpl: WebSocket,
    // A tool watching one run: no reconnect loop hiding a server that went away.
    retryAttempts: 0,
    connectionParams: authorization === undefined ? {} : { authorization },
  });
  try {
    const results = ws.iterate<{ runProgress: RunSummaryFragment }>({ query: print(runProgressSubscription), variables: { id } });
    while (true) {
      let next: IteratorResult<{ data?: { runProgress: RunSummaryFragment } | null; errors?: readonly { message: string }[] }>;
      try {
        next = await results.next();
      } catch (e) {
        if (Array.isArray(e)) throw TransferlabError.fromGraphQL(e as { message: string }[]);
        throw new TransferlabError('UNREACHABLE', `the run-progress subscription at ${client.baseUrl.origin} failed: ${socketReason(e)}`);
      }
      if (next.done === true) return;
      if (next.value.errors !== undefined && next.value.errors.length > 0) throw TransferlabError.fromGraphQL(next.value.errors);
      const run = next.value.data?.runProgress;
      if (run === undefined) continue;
      yield run;
      if (isFinished(run)) return;
    }
  } finally {
    await ws.dispose();
  }
}

/** The run by polling the `run` query, yielding it when anything shown changed, until it finishes. */
export async function* pollRun(client: TransferlabClient, id: string, intervalMs = 1000): AsyncGenerator<RunSummaryFragment> {
  let last = '';
  while (true) {
    const { run } = await client.request(runQuery, { id });
    const seen = JSON.stringify([run.status, run.progress, run.completedCount, run.failedCount, run.runningCount]);
    if (seen !== last) {
      last = seen;
      yield run;
    }
    if (isFinished(run)) return;
    await new Promise((ok) => setTimeout(ok, intervalMs));
  }
}

/** Follow a run until it finishes (see WatchRunOptions.via); the last update yielded is the finished run. */
export async function* watchRun(client: TransferlabClient, id: string, options: WatchRunOptions = {}): AsyncGenerator<RunSummaryFragment> {
  const via = options.via ?? 'auto';
  if (via === 'polling') {
    yield* pollRun(client, id, options.intervalMs);
    return;
  }
  let received = 0;
  try {
    for await (const run of subscribeRun(client, id)) {
      received++;
      yield run;
    }
  } catch (e) {
    // Only a socket that never delivered falls back (a proxy without WebSocket upgrades).
    if (via === 'subscription' || received > 0 || !(e instanceof TransferlabError) || e.code !== 'UNREACHABLE') throw e;
    yield* pollRun(client, id, options.intervalMs);
  }
}
