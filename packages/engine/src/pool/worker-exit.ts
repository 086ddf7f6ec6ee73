import { readFileSync } from 'node:fs';
import { totalmem } from 'node:os';
import { isMemoryFailure } from './worker-limits';

/** What is known when a worker dies in a job: how it ended, what it printed, how large it was. */
export interface WorkerExitFacts {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  /** The end of its stderr. */
  readonly stderr: string;
  /** Its largest resident size seen during the job (sampled, so a lower bound of its last). */
  readonly rssBytes: number | undefined;
  /** The memory it ran against: the pool's cap, else the machine's (cgroup or physical). */
  readonly capBytes: number;
  /** Whether capBytes is the pool's configured cap (else the machine's memory). */
  readonly configuredCap: boolean;
}

/** How a worker's death reads: whether the evidence says memory, and the sentence saying why. */
export interface WorkerExitVerdict {
  readonly outOfMemory: boolean;
  readonly how: string;
}

/**
 * A share of the cap at which a SIGKILL (the kernel's OOM killer) or SIGABRT (std::bad_alloc
 * in native code, V8's fatal allocation failure) is put down to memory. RSS is sampled, so it
 * lags the process's last allocations; 85% keeps a killed process well under the cap honest.
 */
export const NEAR_CAP = 0.85;

/** Signals a process gets when memory runs out (by the kernel, or by its own abort on a failed allocation). */
const MEMORY_SIGNALS: readonly string[] = ['SIGKILL', 'SIGABRT'];

const gb = (bytes: number): string => {
  const g = bytes / 2 ** 30;
  return g >= 1 ? `${g.toFixed(1)} GB` : `${Math.round(bytes / 2 ** 20)} MB`;
};

/** The line of stderr that tells of the failed allocation. */
export function memoryLine(stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.trim());
  return lines.find((l) => /FATAL ERROR|out of memory|bad_alloc|Failed to allocate/i.test(l)) ?? 'out of memory';
}

/**
 * Reads a dead worker's evidence: what it printed (V8's "heap out of memory", std::bad_alloc),
 * else its signal against its last resident size. Otherwise it states only how the process
 * ended ("killed by signal SIGSEGV"), never guessing memory.
 */
export function workerExitVerdict(f: WorkerExitFacts): WorkerExitVerdict {
  const ended = f.signal ? `killed by signal ${f.signal}` : `exited with code ${f.code ?? '?'}`;
  if (isMemoryFailure(f.stderr)) return { outOfMemory: true, how: `${ended}: ${memoryLine(f.stderr)}` };
  if (f.signal && MEMORY_SIGNALS.includes(f.signal) && f.rssBytes !== undefined && f.rssBytes >= NEAR_CAP * f.capBytes) {
    const cap = f.configuredCap ? `a ${gb(f.capBytes)} cap` : `this machine's ${gb(f.capBytes)}`;
    return { outOfMemory: true, how: `killed by ${f.signal} with ${gb(f.rssBytes)} resident of ${cap}: out of memory` };
  }
  return { outOfMemory: false, how: ended };
}

/** The memory a worker without a configured cap runs against: its cgroup's limit where there is one, else the machine's. */
export function machineMemoryBytes(): number {
  for (const file of ['/sys/fs/cgroup/memory.max', '/sys/fs/cgroup/memory/memory.limit_in_bytes']) {
    try {
      const v = Number(readFileSync(file, 'utf8').trim());
      if (Number.isFinite(v) && v > 0 && v < totalmem()) return v;
    } catch {
      // not on Linux, or no such controller
    }
  }
  return totalmem();
}

/** A process's resident size from /proc (Linux), read from outside: it answers while the process is busy in native code. */
export function residentBytes(pid: number | undefined): number | undefined {
  if (pid === undefined || process.platform !== 'linux') return undefined;
  try {
    const kb = /^VmRSS:\s*(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Number(kb) * 1024;
  } catch {
    return undefined;
  }
}
