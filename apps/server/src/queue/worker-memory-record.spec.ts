import { describe, expect, it } from 'vitest';
import { MAX_LISTED_PROCESSES, readWorkerMemory, workerMemoryRecord } from './worker-memory-record';

const T = '2026-01-01T00:00:00.000Z';

describe('worker memory records', () => {
  it("turns the pool's report into the announced record (a process without a report has nulls)", () => {
    const record = workerMemoryRecord({
      workers: [
        { pid: 11, startedAt: T, job: 'trials', memory: { rssBytes: 300, heapUsedBytes: 100, cacheBytes: 50 }, reportedAt: T },
        { pid: 12, startedAt: T, job: undefined, memory: undefined, reportedAt: undefined },
        { pid: undefined, startedAt: T, job: undefined, memory: undefined, reportedAt: undefined },
      ],
      recycleRssMb: 2048,
      memoryLimitMb: undefined,
      recycles: 3,
    });
    expect(record).toEqual({
      processes: [
        { pid: 11, rssBytes: 300, heapUsedBytes: 100, cacheBytes: 50, busy: true, startedAt: T, reportedAt: T },
        { pid: 12, rssBytes: null, heapUsedBytes: null, cacheBytes: null, busy: false, startedAt: T, reportedAt: null },
      ],
      recycleThresholdMb: 2048,
      memoryRecycles: 3,
    });
    expect(readWorkerMemory(JSON.parse(JSON.stringify(record)))).toEqual(record);
  });

  it.each([
    ['absent (an older worker command)', undefined, { processes: [], recycleThresholdMb: null, memoryRecycles: 0 }],
    ['not an object', 'x', { processes: [], recycleThresholdMb: null, memoryRecycles: 0 }],
    [
      'bad numbers and a process without a pid',
      { processes: [{ pid: 1, startedAt: T, rssBytes: -1, heapUsedBytes: 'big', cacheBytes: Number.POSITIVE_INFINITY }, { startedAt: T }], recycleThresholdMb: 1.5, memoryRecycles: -2 },
      { processes: [{ pid: 1, startedAt: T, rssBytes: null, heapUsedBytes: null, cacheBytes: null, busy: false, reportedAt: null }], recycleThresholdMb: null, memoryRecycles: 0 },
    ],
  ])('reads a record from Redis defensively: %s', (_, raw, expected) => {
    expect(readWorkerMemory(raw)).toEqual(expected);
  });

  it(`lists at most ${MAX_LISTED_PROCESSES} processes of one worker`, () => {
    const processes = Array.from({ length: MAX_LISTED_PROCESSES + 10 }, (_, i) => ({ pid: i + 1, startedAt: T }));
    expect(readWorkerMemory({ processes }).processes).toHaveLength(MAX_LISTED_PROCESSES);
  });
});
