'use client';

import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { errorText } from '../ui/error-text';
import { currentTrialsText, processMemoryText, recycleText, uptimeText } from './worker-rows';
import { WORKERS_POLL_MS, WORKERS_QUERY } from './workers.query';

/** The trial workers (this server's processes, or worker commands on the bullmq queue): trials running now and memory; refreshed every 5 s. */
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
          No worker commands connected to the queue; see docs/distributed.md to add machines.
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
              <th scope="col">Memory</th>
            </tr>
          </thead>
          <tbody>
            {workers.map((w) => (
              <tr key={w.id} data-worker={w.id}>
                <td>
                  {w.host}
                  {w.local ? <span className="muted"> (this server)</span> : null}
                </td>
                <td>{w.pid}</td>
                <td>{w.provider}</td>
                <td>
                  {w.slots} × {w.threads}
                </td>
                <td>{w.completed}</td>
                <td>{uptimeText(w.startedAt, now)}</td>
                <td>{currentTrialsText(w.trials)}</td>
                <td data-testid="worker-memory">
                  {w.processes.map((p) => (
                    <div key={p.pid} data-testid="worker-process-memory">
                      {processMemoryText(p)}
                    </div>
                  ))}
                  <div className="muted">{recycleText(w.recycleThresholdMb, w.memoryRecycles)}</div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
