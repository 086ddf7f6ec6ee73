import { createHash, timingSafeEqual } from 'node:crypto';
import { announcedTooLarge, capBody, tooLargeResponse } from '../proxy/capped-body';
import { LOGIN_ATTEMPTS, type LoginAttempts } from './login-attempts';
import { clearedSessionCookie, sessionCookie, sessionIdOf, type SessionStore } from './session-store';

/** A login body is a token in JSON: anything larger is not one. */
const LOGIN_MAX_BODY_BYTES = 4096;

/** Constant-time equality of two tokens: both are hashed first, so not even the length leaks. */
export function tokensMatch(given: string, expected: string): boolean {
  const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function answer(status: number, message: string): Response {
  return Response.json({ statusCode: status, message }, { status });
}

/** The token in a login body, or why there is none: a body over the cap is not read past it. */
async function tokenIn(request: Request): Promise<{ token?: string; tooLarge?: true }> {
  if (request.body === null) return {};
  if (announcedTooLarge(request, LOGIN_MAX_BODY_BYTES)) return { tooLarge: true };
  const capped = capBody(request.body, LOGIN_MAX_BODY_BYTES);
  try {
    const body = (await new Response(capped.stream).json()) as { token?: unknown };
    return typeof body.token === 'string' ? { token: body.token.trim() } : {};
  } catch {
    return capped.exceeded() ? { tooLarge: true } : {};
  }
}

/**
 * POST /auth/session with `{ "token": "<API token>" }`: the token pasted once is compared with
 * the one this process reads (TRANSFERLAB_API_TOKEN or <data dir>/api-token); a match starts a
 * session whose random id goes into an HttpOnly, SameSite=Strict cookie. The token itself is
 * never stored in the browser. After LOGIN_ATTEMPTS.failures wrong tokens within the window,
 * every login is refused with 429 and Retry-After until the block passes.
 */
export async function login(
  request: Request,
  expected: string | undefined,
  store: SessionStore,
  attempts: LoginAttempts,
): Promise<Response> {
  const wait = await attempts.blockedFor();
  if (wait > 0)
    return Response.json(
      {
        statusCode: 429,
        message: `more than ${LOGIN_ATTEMPTS.failures} wrong tokens within ${LOGIN_ATTEMPTS.windowSeconds} s; try again in ${wait} s`,
      },
      { status: 429, headers: { 'retry-after': String(wait) } },
    );
  const { token, tooLarge } = await tokenIn(request);
  if (tooLarge) return tooLargeResponse(LOGIN_MAX_BODY_BYTES);
  if (token === undefined || token === '') return answer(400, 'send the API token as {"token": "..."}');
  if (expected === undefined)
    return answer(
      503,
      'the dashboard cannot read the API token yet: set TRANSFERLAB_API_TOKEN, or start the server once (it writes <data dir>/api-token)',
    );
  if (!tokensMatch(token, expected)) {
    await attempts.failed();
    return answer(401, 'the API token is not valid');
  }
  store.end(sessionIdOf(request));
  const id = store.create();
  return Response.json({ authenticated: true }, { headers: { 'set-cookie': sessionCookie(id) } });
}

/** DELETE /auth/session: the session is forgotten here and its cookie removed. */
export function logout(request: Request, store: SessionStore): Response {
  store.end(sessionIdOf(request));
  return Response.json({ authenticated: false }, { headers: { 'set-cookie': clearedSessionCookie() } });
}

/** GET /auth/session: whether this browser is logged in (the nav shows log in or log out). */
export function sessionStatus(request: Request, store: SessionStore): Response {
  return Response.json(
    { authenticated: store.isValid(sessionIdOf(request)) },
    { headers: { 'cache-control': 'no-store' } },
  );
}
