import { callerTokenRefusal } from '../../../src/proxy/caller-token';
import { dashboardContext, refusal, sessionToken } from '../../../src/proxy/dashboard-context';
import { forwardUpload } from '../../../src/proxy/forward-upload';
import { RUN_FILE_CAP } from '../../../src/runs/run-file-import';

// Read per process at run time: the server port is that of this run, not of the build.
export const dynamic = 'force-dynamic';

/**
 * The browser's run import: the run file streamed to the server's POST /runs/import, capped at
 * the server's run file limit. It makes a run, so it needs a logged-in session (or the caller's
 * own Authorization header); refused before a byte is read otherwise. The server's answer
 * (`{ run }`, or `{ statusCode, message, reason, field }`) comes back as it is.
 */
export async function POST(request: Request): Promise<Response> {
  const ctx = dashboardContext();
  const refused =
    refusal(request, ctx) ?? (await callerTokenRefusal(request, ctx.apiToken(), ctx.loginAttempts, 'rest'));
  if (refused) return refused;
  const token = sessionToken(request, ctx);
  if (token === undefined && !request.headers.has('authorization')) {
    return Response.json(
      {
        statusCode: 401,
        reason: 'UNAUTHENTICATED',
        message: 'log in to the dashboard (/login) to import runs',
      },
      { status: 401 },
    );
  }
  const importUrl = new URL('/runs/import', ctx.graphqlUrl).toString();
  return forwardUpload(request, importUrl, fetch, token, RUN_FILE_CAP);
}
