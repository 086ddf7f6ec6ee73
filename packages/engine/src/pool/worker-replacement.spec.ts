import { describe, expect, it } from 'vitest';
import { IDLE_RELEASE_FACTOR, recycleAfterJob, replaceAfterIdle } from './worker-replacement';

const MB = 2 ** 20;

describe('recycleAfterJob', () => {
  it('keeps a worker at or under the threshold, and any worker without a threshold or a report', () => {
    expect(recycleAfterJob({ pid: 7, job: 'trial', rssBytes: 200 * MB, thresholdMb: 200 })).toBeUndefined();
    expect(recycleAfterJob({ pid: 7, job: 'trial', rssBytes: 900 * MB, thresholdMb: undefined })).toBeUndefined();
    expect(recycleAfterJob({ pid: 7, job: 'trial', rssBytes: undefined, thresholdMb: 200 })).toBeUndefined();
  });

  it('replaces one over it, naming the job, its size and the threshold', () => {
    expect(recycleAfterJob({ pid: 7, job: 'trial', rssBytes: 200 * MB + 1, thresholdMb: 200 })).toEqual({
      pid: 7,
      rssMb: 200,
      thresholdMb: 200,
      trigger: 'job',
      job: 'trial',
      reason: "worker process 7 replaced after job 'trial': resident memory 200 MB is over the recycle threshold of 200 MB",
    });
  });
});

describe('replaceAfterIdle', () => {
  const start = 100 * MB;

  it(`keeps a worker within ${IDLE_RELEASE_FACTOR}x its start, and one whose start is unknown`, () => {
    expect(replaceAfterIdle({ pid: 3, rssBytes: start * IDLE_RELEASE_FACTOR, startRssBytes: start, idleReleaseMs: 10_000 })).toBeUndefined();
    expect(replaceAfterIdle({ pid: 3, rssBytes: 10 * start, startRssBytes: undefined, idleReleaseMs: 10_000 })).toBeUndefined();
  });

  it('replaces one over it, with the idle time in seconds and the factor times the start as threshold', () => {
    expect(replaceAfterIdle({ pid: 3, rssBytes: 257 * MB, startRssBytes: start, idleReleaseMs: 2500 })).toEqual({
      pid: 3,
      rssMb: 257,
      thresholdMb: 150,
      trigger: 'idle',
      job: undefined,
      reason: 'worker process 3 replaced after 2.5 s idle: resident memory 257 MB is over 1.5x its start of 100 MB',
    });
  });
});
