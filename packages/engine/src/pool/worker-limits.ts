import { existsSync } from 'node:fs';
import type { WorkerEntry } from './worker-entry';

/**
 * How a pool worker is started under a memory cap.
 *
 * - The V8 heap: `--max-old-space-size` at half the cap, so a worker whose
 *   JavaScript objects grow dies with V8's own "heap out of memory" before the native cap.
 * - Native memory (ONNX Runtime's arena, typed-array backing stores, malloc): on Linux the
 *   worker is exec'd through `prlimit --data=<bytes> --` (util-linux), or where prlimit is
 *   missing through `sh -c 'ulimit -d <KiB>; exec "$@"'`. RLIMIT_DATA, not RLIMIT_AS: since
 *   Linux 4.7 it counts private writable mappings (heap, anonymous mmap: what a process
 *   actually commits to), while RLIMIT_AS also counts address space that V8 and WebAssembly
 *   only reserve (PROT_NONE). Measured on a trial worker running a transfer trial: VmPeak
 *   (address space) 1.1-1.6 GB from dist and 33 GB under tsx (a WebAssembly memory's guard
 *   region), against VmData 130-210 MB and VmHWM (resident) 170-250 MB. An RLIMIT_AS cap
 *   would have to sit above 33 GB to let a worker start at all, capping nothing.
 *
 * Hitting the cap shows up as: a RangeError "Array buffer allocation failed" (typed arrays),
 * ONNX Runtime's "Failed to allocate memory for requested buffer" (thrown as a job error),
 * or a fatal V8 "JavaScript heap out of memory" / "Allocation failed" (SIGABRT, or SIGSEGV when
 * the crash handler itself cannot allocate) with that text on stderr.
 */
export interface WorkerLaunch {
  readonly execPath: string;
  readonly execArgv: readonly string[];
}

const PRLIMIT_PATHS = ['/usr/bin/prlimit', '/bin/prlimit', '/usr/sbin/prlimit'];
const SH = '/bin/sh';

/** The V8 old-space size for a cap: half of it (V8's young generation and code need room under the data limit too, or a GC dies without a word), at least 64 MB. */
export function heapLimitMb(memoryLimitMb: number): number {
  return Math.max(64, Math.floor(memoryLimitMb * 0.5));
}

/** How to start a worker of `entry` with the given cap (no cap: node itself, as before). */
export function workerLaunch(entry: WorkerEntry, memoryLimitMb: number | undefined, platform: NodeJS.Platform = process.platform): WorkerLaunch {
  if (memoryLimitMb === undefined) return { execPath: process.execPath, execArgv: [...entry.execArgv] };
  // Ours first, so an entry that sets its own heap size wins (V8 takes the last flag).
  const node = [`--max-old-space-size=${heapLimitMb(memoryLimitMb)}`, ...entry.execArgv];
  if (platform !== 'linux') return { execPath: process.execPath, execArgv: node };
  const bytes = Math.floor(memoryLimitMb * 1024 * 1024);
  const prlimit = PRLIMIT_PATHS.find((p) => existsSync(p));
  // fork() runs execPath with [...execArgv, modulePath, ...args]; both wrappers exec node, so the pid, the
  // IPC channel and signals are node's own.
  if (prlimit) return { execPath: prlimit, execArgv: [`--data=${bytes}`, '--', process.execPath, ...node] };
  return { execPath: SH, execArgv: ['-c', 'ulimit -d "$0" && exec "$@"', String(Math.floor(bytes / 1024)), process.execPath, ...node] };
}

/** Text that a worker prints or throws when an allocation failed at its cap. */
const MEMORY_FAILURE = /JavaScript heap out of memory|Allocation failed|Array buffer allocation failed|Failed to allocate memory|std::bad_alloc|Cannot allocate memory|Fatal process out of memory|out of memory/i;

export function isMemoryFailure(text: string | undefined): boolean {
  return text !== undefined && MEMORY_FAILURE.test(text);
}
