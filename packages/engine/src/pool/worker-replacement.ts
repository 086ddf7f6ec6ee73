/** A worker replaced for its RSS: after a job (over the recycle threshold) or after idle release (over its start's factor). */
export interface WorkerRecycleEvent {
  readonly pid: number | undefined;
  readonly rssMb: number;
  readonly thresholdMb: number;
  /** What triggered it: the end of a job, or idle release. */
  readonly trigger: 'job' | 'idle';
  /** The job it had just finished (trigger 'job'). */
  readonly job: string | undefined;
  /** A sentence for the log. */
  readonly reason: string;
}

/** An idle worker whose RSS after releasing stays over this multiple of its RSS at start is replaced. */
export const IDLE_RELEASE_FACTOR = 1.5;

const MB = 2 ** 20;

/** After a job: the event of replacing a worker whose RSS is over the recycle threshold, or undefined to keep it. */
export function recycleAfterJob(w: { readonly pid: number | undefined; readonly job: string; readonly rssBytes: number | undefined; readonly thresholdMb: number | undefined }): WorkerRecycleEvent | undefined {
  const { pid, job, rssBytes, thresholdMb } = w;
  if (thresholdMb === undefined || rssBytes === undefined || rssBytes <= thresholdMb * MB) return undefined;
  const rssMb = Math.round(rssBytes / MB);
  const reason = `worker process ${pid ?? '?'} replaced after job '${job}': resident memory ${rssMb} MB is over the recycle threshold of ${thresholdMb} MB`;
  return { pid, rssMb, thresholdMb, trigger: 'job', job, reason };
}

/** After idle release: the event of replacing a worker still over IDLE_RELEASE_FACTOR times its RSS at start, or undefined to keep it. */
export function replaceAfterIdle(w: { readonly pid: number | undefined; readonly rssBytes: number; readonly startRssBytes: number | undefined; readonly idleReleaseMs: number }): WorkerRecycleEvent | undefined {
  const { pid, rssBytes, startRssBytes: start, idleReleaseMs } = w;
  if (start === undefined || rssBytes <= start * IDLE_RELEASE_FACTOR) return undefined;
  const rssMb = Math.round(rssBytes / MB);
  const startMb = Math.round(start / MB);
  const idleS = Math.round(idleReleaseMs / 100) / 10;
  const reason = `worker process ${pid ?? '?'} replaced after ${idleS} s idle: resident memory ${rssMb} MB is over ${IDLE_RELEASE_FACTOR}x its start of ${startMb} MB`;
  return { pid, rssMb, thresholdMb: Math.round((start * IDLE_RELEASE_FACTOR) / MB), trigger: 'idle', job: undefined, reason };
}
