import { describe, expect, it } from 'vitest';
import { LoginAttempts } from '../auth/login-attempts';
import { callerTokenRefusal } from './caller-token';
import { forwardGraphQL } from './forward-graphql';

const TOKEN = 'server-token-0123456789abcdef';

const post = (authorization?: string): Request =>
  new Request('http://localhost:3000/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query: '{ system { version } }' }),
  });

/** A fetch that records the Authorization header of every request it is handed. */
function upstream(): { fetch: typeof fetch; seen: (string | null)[] } {
  const seen: (string | null)[] = [];
  const f = ((_url: unknown, init?: RequestInit) => {
    seen.push(new Headers(init?.headers).get('authorization'));
    return Promise.resolve(Response.json({ data: { system: { version: '1' } } }));
  }) as typeof fetch;
  return { fetch: f, seen };
}

/** The route's order: the caller's token first, then the forward. */
async function route(
  request: Request,
  attempts: LoginAttempts,
  up: ReturnType<typeof upstream>,
): Promise<Response> {
  return (
    (await callerTokenRefusal(request, TOKEN, attempts, 'graphql')) ??
    forwardGraphQL(request, 'http://127.0.0.1:4000/graphql', up.fetch)
  );
}

describe('callerTokenRefusal', () => {
  it('forwards the right token and a request with none; refuses a wrong one without forwarding it', async () => {
    const attempts = new LoginAttempts();
    const up = upstream();
    expect((await route(post(`Bearer ${TOKEN}`), attempts, up)).status).toBe(200);
    expect((await route(post(), attempts, up)).status).toBe(200);
    const wrong = await route(post('Bearer wrong-token-000000000000'), attempts, up);
    expect(wrong.status).toBe(401);
    const body = (await wrong.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    expect(body.errors[0]!.message).toMatch(/Authorization header/);
    expect((await route(post('Basic abc'), attempts, up)).status).toBe(401);
    // The server saw the right token and the tokenless request, never a wrong one.
    expect(up.seen).toEqual([`Bearer ${TOKEN}`, null]);
  });

  it('blocks caller tokens after the limit, even the right one, while tokenless requests still go through', async () => {
    const attempts = new LoginAttempts({ failures: 3, windowSeconds: 60, blockSeconds: 60 });
    const up = upstream();
    for (let i = 0; i < 4; i++)
      expect((await route(post(`Bearer guess-${i}-0000000000000`), attempts, up)).status).toBe(401);
    const blocked = await route(post(`Bearer ${TOKEN}`), attempts, up);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(
      ((await blocked.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code,
    ).toBe('TOO_MANY_ATTEMPTS');
    expect((await route(post(), attempts, up)).status).toBe(200);
    expect(up.seen).toEqual([null]);
  });

  it('answers in the REST shape for uploads, and leaves the judgement to the server while the token is unknown', async () => {
    const rest = await callerTokenRefusal(
      post('Bearer wrong-token-000000000000'),
      TOKEN,
      new LoginAttempts(),
      'rest',
    );
    expect(rest?.status).toBe(401);
    expect(await rest?.json()).toMatchObject({ statusCode: 401, reason: 'UNAUTHENTICATED' });
    expect(
      await callerTokenRefusal(
        post('Bearer anything-00000000000000'),
        undefined,
        new LoginAttempts(),
        'rest',
      ),
    ).toBeUndefined();
  });
});
