import { LOGIN_ATTEMPTS, type LoginAttempts } from '../auth/login-attempts';
import { tokensMatch } from '../auth/login';

/** How a refusal is shaped: as a GraphQL answer, or as the server's REST errors. */
export type RefusalShape = 'graphql' | 'rest';

function refused(
  shape: RefusalShape,
  status: number,
  code: string,
  message: string,
  headers?: Record<string, string>,
): Response {
  const body =
    shape === 'graphql'
      ? { errors: [{ message, extensions: { code } }] }
      : { statusCode: status, reason: code, message };
  return Response.json(body, { status, ...(headers ? { headers } : {}) });
}

/**
 * A caller's own `Authorization` header (a tool talking to the dashboard's proxy) is checked
 * here, against the token this process reads, before anything is forwarded. Forwarded, a wrong
 * one would count against the dashboard's own loopback address on the server, and enough of
 * them would block every dashboard user for a while. Wrong tokens count with the login form's
 * (one budget of guesses per dashboard process); while blocked, caller tokens are refused with
 * 429 before being compared, and logged-in sessions (which send no header) go on working.
 * Undefined: forward the request. Without a known token, the server judges it.
 */
export async function callerTokenRefusal(
  request: Request,
  expected: string | undefined,
  attempts: LoginAttempts,
  shape: RefusalShape,
): Promise<Response | undefined> {
  const header = request.headers.get('authorization');
  if (header === null || expected === undefined) return undefined;
  const wait = await attempts.blockedFor();
  if (wait > 0)
    return refused(
      shape,
      429,
      'TOO_MANY_ATTEMPTS',
      `more than ${LOGIN_ATTEMPTS.failures} wrong tokens within ${LOGIN_ATTEMPTS.windowSeconds} s; try again in ${wait} s`,
      { 'retry-after': String(wait) },
    );
  const token = /^Bearer\s+(\S+)$/i.exec(header.trim())?.[1];
  if (token !== undefined && tokensMatch(token, expected)) return undefined;
  await attempts.failed();
  return refused(
    shape,
    401,
    'UNAUTHENTICATED',
    'the Authorization header does not carry the API token: send "Authorization: Bearer <token>"',
  );
}
