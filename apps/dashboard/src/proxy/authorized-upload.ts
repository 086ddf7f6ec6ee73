import { callerTokenRefusal } from './caller-token';
import { dashboardContext, refusal, sessionToken } from './dashboard-context';
import { forwardUpload } from './forward-upload';

/**
 * A browser upload that makes something on the server (a model, an imported run): checked for
 * host and origin, then for a caller's own token (callerTokenRefusal), and refused with 401
 * before a byte is read without a logged-in session or such a token; else streamed to the
 * server's `path`, capped at `cap` bytes, with the session's token added.
 */
export async function forwardAuthorizedUpload(
  request: Request,
  o: { readonly path: string; readonly cap: (maxModelBytes: number) => number; readonly loginTo: string },
): Promise<Response> {
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
        message: `log in to the dashboard (/login) to ${o.loginTo}`,
      },
      { status: 401 },
    );
  }
  return forwardUpload(
    request,
    new URL(o.path, ctx.graphqlUrl).toString(),
    fetch,
    token,
    o.cap(ctx.config.maxModelBytes),
  );
}
