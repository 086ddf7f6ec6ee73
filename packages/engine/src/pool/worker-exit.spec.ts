import { describe, expect, it } from 'vitest';
import { residentBytes, workerExitVerdict, type WorkerExitFacts } from './worker-exit';

const GB = 2 ** 30;
const facts = (f: Partial<WorkerExitFacts>): WorkerExitFacts => ({ code: null, signal: null, stderr: '', rssBytes: undefined, capBytes: 4 * GB, configuredCap: true, ...f });

describe('workerExitVerdict', () => {
  it.each([
    ['SIGKILL near the cap', facts({ signal: 'SIGKILL', rssBytes: 3.9 * GB }), true, 'killed by SIGKILL with 3.9 GB resident of a 4.0 GB cap: out of memory'],
    ['SIGABRT near the machine', facts({ signal: 'SIGABRT', rssBytes: 3.5 * GB, configuredCap: false }), true, "killed by SIGABRT with 3.5 GB resident of this machine's 4.0 GB: out of memory"],
    ['SIGKILL far under the cap', facts({ signal: 'SIGKILL', rssBytes: 200 * 2 ** 20 }), false, 'killed by signal SIGKILL'],
    ['SIGKILL, size unknown', facts({ signal: 'SIGKILL' }), false, 'killed by signal SIGKILL'],
    ['SIGSEGV however large', facts({ signal: 'SIGSEGV', rssBytes: 3.9 * GB }), false, 'killed by signal SIGSEGV'],
    ['exit code', facts({ code: 3 }), false, 'exited with code 3'],
    [
      "V8's heap out of memory",
      facts({ signal: 'SIGABRT', stderr: '<--- Last few GCs --->\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n' }),
      true,
      'killed by signal SIGABRT: FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
    ],
    ['std::bad_alloc', facts({ signal: 'SIGABRT', stderr: "terminate called after throwing an instance of 'std::bad_alloc'\n  what():  std::bad_alloc\n" }), true, "killed by signal SIGABRT: terminate called after throwing an instance of 'std::bad_alloc'"],
  ])('%s', (_, f, outOfMemory, how) => {
    expect(workerExitVerdict(f)).toEqual({ outOfMemory, how });
  });
});

describe('residentBytes', () => {
  it.runIf(process.platform === 'linux')("reads a live process's RSS from /proc, and nothing for a missing one", () => {
    const rss = residentBytes(process.pid)!;
    // Within a factor of two of Node's own figure (the two are read at different moments).
    expect(rss).toBeGreaterThan(process.memoryUsage.rss() / 2);
    expect(rss).toBeLessThan(process.memoryUsage.rss() * 2);
    expect(residentBytes(2 ** 22 + 12345)).toBeUndefined();
  });
});
