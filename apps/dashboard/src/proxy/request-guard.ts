import { hostname, networkInterfaces } from 'node:os';
import type { TransferlabConfig } from '@transferlab/sdk/config';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'] as const;
const WILDCARDS = new Set(['0.0.0.0', '::', '[::]']);

/** A host name as it appears in a Host header: IPv6 addresses in brackets, lower case. */
function hostForm(host: string): string {
  const h = host.toLowerCase();
  return h.includes(':') && !h.startsWith('[') ? `[${h}]` : h;
}

function isLoopback(host: string): boolean {
  const h = hostForm(host);
  return (LOOPBACK_NAMES as readonly string[]).includes(h) || /^127\.\d+\.\d+\.\d+$/.test(h);
}

/** This machine's names and addresses: what a browser may call a dashboard that listens on every interface. */
function machineHosts(): string[] {
  const addresses = Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((i) => i.address));
  return [hostname(), ...addresses];
}

/**
 * The Host header values the dashboard answers to: the configured host (plus the loopback
 * names when it is loopback, and the machine's own names when it listens everywhere), each
 * with the dashboard port (and bare on port 80, as browsers send it). A name outside this
 * list is how a DNS-rebinding page reaches a loopback port, so requests naming it are refused.
 */
export function allowedHosts(config: Pick<TransferlabConfig, 'host' | 'dashboardPort'>): ReadonlySet<string> {
  const names = new Set<string>([hostForm(config.host)]);
  if (isLoopback(config.host) || WILDCARDS.has(config.host)) LOOPBACK_NAMES.forEach((n) => names.add(n));
  if (WILDCARDS.has(config.host)) machineHosts().forEach((n) => names.add(hostForm(n)));
  const out = new Set<string>();
  for (const name of names) {
    if (WILDCARDS.has(name)) continue;
    out.add(`${name}:${config.dashboardPort}`);
    if (config.dashboardPort === 80) out.add(name);
  }
  return out;
}

function refuse(message: string): Response {
  return Response.json({ statusCode: 403, message, errors: [{ message }] }, { status: 403 });
}

/**
 * Refuses (403) a request whose Host is not one of `allowed`, or whose Origin, when sent, is
 * not the dashboard's own (a page of another site, or one under a rebound name), or that the
 * browser marks as cross-site. Undefined when the request may go on. The answer carries both
 * a `message` (upload and login callers) and GraphQL-shaped `errors` (Apollo).
 */
export function checkHostAndOrigin(request: Request, allowed: ReadonlySet<string>): Response | undefined {
  const host = request.headers.get('host')?.toLowerCase() ?? '';
  if (!allowed.has(host))
    return refuse(
      `the dashboard does not answer to the host name "${host}" (allowed: ${[...allowed].join(', ')})`,
    );
  const origin = request.headers.get('origin');
  if (origin !== null) {
    let own = false;
    try {
      const url = new URL(origin);
      own = (url.protocol === 'http:' || url.protocol === 'https:') && allowed.has(url.host);
    } catch {
      own = false; // "null" (sandboxed frames, file: pages) and anything unparsable
    }
    if (!own)
      return refuse(
        `requests from the origin "${origin}" are refused: only the dashboard's own pages may call it`,
      );
  }
  if (request.headers.get('sec-fetch-site') === 'cross-site')
    return refuse("requests from another site are refused: only the dashboard's own pages may call it");
  return undefined;
}
