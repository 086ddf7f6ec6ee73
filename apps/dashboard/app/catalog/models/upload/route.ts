import { callerTokenRefusal } from '../../../../src/proxy/caller-token';
import { dashboardContext, refusal, sessionToken } from '../../../../src/proxy/dashboard-context';
import { forwardUpload } from '../../../../src/proxy/forward-upload';

// Read per process at run time: the server port is that of this run, not of the build.
export const dynamic = 'force-dynamic';

/**
 * The browser's model upload: streamed to the server's POST /models/upload, capped at
 * TRANSFERLAB_MAX_MODEL_BYTES. It stores a file, so it needs a logged-in session (or the
 * caller's own Authorization header); refused before a byte is read otherwise.
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
        message: 'log in to the dashboard (/login) to upload models',
      },
      { status: 401 },
    );
  }
  const uploadUrl = new URL('/models/upload', ctx.graphqlUrl).toString();
  return forwardUpload(request, uploadUrl, fetch, token, ctx.config.maxModelBytes);
}
