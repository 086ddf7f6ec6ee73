import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/**
 * The pid of the process whose command line has all of `args` (Linux /proc), e.g. the
 * dashboard's `next start ... --port <port>`; undefined when there is none.
 */
export function pidWithArgs(args: readonly string[], parent?: number): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    if (parent !== undefined && parentOf(Number(entry)) !== parent) continue;
    let argv: string[];
    try {
      argv = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue; // exited while listing
    }
    if (args.every((a) => argv.includes(a))) return Number(entry);
  }
  return undefined;
}

/** A process's parent pid (the field after the parenthesised name in /proc/<pid>/stat). */
function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

/** The inodes of the sockets listening on a TCP port (/proc/net/tcp and tcp6; state 0A is LISTEN). */
function listeningInodes(port: number): Set<string> {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f[1]?.endsWith(`:${hexPort}`) && f[3] === '0A' && f[9] !== undefined) inodes.add(f[9]);
    }
  }
  return inodes;
}

/**
 * The pid of the process listening on the dashboard's port. Found by its socket, not its
 * command line: `next start` renames itself (process.title "next-server"), which rewrites it.
 */
export function dashboardPid(dashboardUrl: string): number {
  const inodes = listeningInodes(Number(new URL(dashboardUrl).port));
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue; // exited, or not ours to read
    }
    for (const fd of fds) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${entry}/fd/${fd}`));
        if (m && inodes.has(m[1]!)) return Number(entry);
      } catch {
        // closed while listing
      }
    }
  }
  throw new Error(`no process listens on the dashboard's port (${dashboardUrl})`);
}

/** A process's resident memory now, in bytes (VmRSS), and its peak (VmHWM). */
export function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string): number =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}
