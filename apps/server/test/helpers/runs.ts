import { postQuery } from './test-server';

export const START = /* GraphQL */ `
  mutation ($input: StartRunInput!) {
    startRun(input: $input) { id analysis analysisVersion status trialCount params }
  }
`;
export const RUN_QUERY = /* GraphQL */ `
  query ($id: ID!) {
    run(id: $id) {
      id status trialCount completedCount failedCount progress finishedAt error
      trials { key ordinal config uses status attempts failureReason progress result { metrics series details provider pluginName pluginVersion } }
    }
  }
`;

export interface RunData {
  id: string;
  status: string;
  trialCount: number;
  completedCount: number;
  failedCount: number;
  progress: number;
  error: string | null;
  trials: {
    key: string;
    config: Record<string, unknown>;
    uses: Record<string, unknown>;
    status: string;
    attempts: number;
    failureReason: string | null;
    progress: number;
    result: { metrics: Record<string, number>; series: Record<string, number>[]; details: Record<string, unknown> | null; provider: string | null; pluginName: string; pluginVersion: string } | null;
  }[];
}

/** Poll the run until it leaves queued/running. */
export async function waitForRun(url: string, id: string, timeoutMs = 60_000): Promise<RunData> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const { body } = await postQuery<{ run: RunData }>(url, RUN_QUERY, { id });
    const run = body.data?.run;
    if (run && run.status !== 'QUEUED' && run.status !== 'RUNNING') return run;
    if (Date.now() > until) throw new Error(`run ${id} still ${run?.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

