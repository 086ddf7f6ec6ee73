'use client';

import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { errorText } from '../ui/error-text';
import { currentTrialsText, uptimeText } from './worker-rows';
import { WORKERS_POLL_MS, WORKERS_QUERY } from './workers.query';

/** Worker commands connected to the queue (bullmq), each with the trials it runs now; refreshed every 5 s. */
export function LiveWorkers(): ReactNode {
  const { data, error } = useQuery(WORKERS_QUERY, { ssr: false, pollInterval: WORKERS_POLL_MS });
  const workers = data?.workers ?? [];
  const now = Date.now();
  return (
    <section className="panel" aria-labelledby="workers-heading">
      <h2 id="workers-heading">
        Workers <span className="count">{workers.length}</span>
      </h2>
      {error ? (
        <p role="alert">Cannot load the workers. {errorText(error)}</p>
      ) : workers.length === 0 ? (
        <p className="empty">
          No worker commands connected. With the local queue, trials run in this server&apos;s own worker processes; see docs/distributed.md to add machines.
        </p>
      ) : (
        <table className="table" data-testid="live-workers">
          <thead>
            <tr>
              <th scope="col">Host</th>
              <th scope="col">PID</th>
              <th scope="col">Provider</th>
              <th scope="col">Slots × threads</th>
              <th scope="col">Done</th>
              <th scope="col">Up</th>
              <th scope="col">Running now</th>
            </tr>
          </thead>
          <tbody>
            {workers.map((w) => (
              <tr key={w.id} data-worker={w.id}>
                <td>{w.host}</td>
                <td>{w.pid}</td>
                <td>{w.provider}</td>
                <td>
                  {w.slots} × {w.threads}
                </td>
                <td>{w.completed}</td>
                <td>{uptimeText(w.startedAt, now)}</td>
                <td>{currentTrialsText(w.trials)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
