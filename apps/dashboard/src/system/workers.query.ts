import { graphql } from '../gql';
import type { WorkersQuery } from '../gql/graphql';

/** One trial worker (this server's processes, or a worker command) as the Workers query returns it. */
export type LiveWorkerSummary = WorkersQuery['workers'][number];

export const WORKERS_QUERY = graphql(`
  query Workers {
    workers {
      id
      host
      pid
      provider
      threads
      slots
      completed
      startedAt
      lastSeen
      trials {
        runId
        trialKey
      }
      local
      recycleThresholdMb
      memoryRecycles
      processes {
        pid
        rssBytes
        heapUsedBytes
        cacheBytes
        busy
      }
    }
  }
`);

/** How often the System page refreshes the worker list (workers announce themselves every 5 s). */
export const WORKERS_POLL_MS = 5000;
