import { loadConfig } from '@transferlab/sdk/config';
import { dashboardContext, refusal } from '../proxy/dashboard-context';
import { graphqlUpstream } from '../proxy/upstream';

let origin: string | undefined;

/** The Transferlab server's origin as the dashboard process reaches it (same machine). */
function serverOrigin(): string {
  origin ??= new URL(graphqlUpstream(loadConfig())).origin;
  return origin;
}

const PASSED_HEADERS = ['content-type', 'content-disposition', 'cache-control', 'etag'] as const;

/**
 * GET a file the server serves over plain HTTP (trials CSV, dataset thumbnails), so the
 * browser fetches it from the dashboard's own origin. `path` is built by the caller from
 * encoded segments; the server's status comes through, an unreachable server is a 502.
 */
export async function serverFile(path: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(`${serverOrigin()}${path}`, { redirect: 'manual' });
  } catch (e) {
    const reason = e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e);
    return new Response(`the Transferlab server is not reachable (${reason})\n`, {
      status: 502,
      headers: { 'content-type': 'text/plain' },
    });
  }
  const headers = new Headers();
  for (const name of PASSED_HEADERS) {
    const value = response.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  return new Response(response.body, { status: response.status, headers });
}

/**
 * The GET handler of a route that serves one of a run's files (`/runs/<id>/<file>` on the
 * server, open like every read): refused for a foreign host name (DNS rebinding), else passed on.
 */
export function runFileRoute(
  file: string,
): (request: Request, route: { params: Promise<{ id: string }> }) => Promise<Response> {
  return async (request, { params }) => {
    const refused = refusal(request, dashboardContext());
    if (refused) return refused;
    const { id } = await params;
    return serverFile(`/runs/${encodeURIComponent(id)}/${file}`);
  };
}
