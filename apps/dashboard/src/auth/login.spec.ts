import { describe, expect, it } from 'vitest';
import { LoginAttempts } from './login-attempts';
import { login, logout, sessionStatus, tokensMatch } from './login';
import { SESSION_COOKIE, SESSION_TTL_MS, SessionStore } from './session-store';

const TOKEN = 'server-token-0123456789abcdef';

const post = (body: string, cookie?: string): Request =>
  new Request('http://dashboard.test/auth/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body,
  });

/** The cookie pair (`name=value`) a response sets. */
const cookieOf = (res: Response): string => (res.headers.get('set-cookie') ?? '').split(';')[0]!;

describe('login', () => {
  it('refuses every login with 429 and Retry-After once more than 10 wrong tokens came in the window, the right token too', async () => {
    const store = new SessionStore();
    const attempts = new LoginAttempts();
    const statuses: number[] = [];
    for (let i = 0; i <= 10; i++)
      statuses.push((await login(post(JSON.stringify({ token: `wrong-token-${i}` })), TOKEN, store, attempts)).status);
    expect(statuses).toEqual(Array.from({ length: 11 }, () => 401));
    const right = await login(post(JSON.stringify({ token: TOKEN })), TOKEN, store, attempts);
    expect(right.status).toBe(429);
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(50);
    expect(await right.json()).toMatchObject({ message: expect.stringMatching(/^more than 10 wrong tokens within 60 s; try again in \d+ s$/) });
    expect(right.headers.get('set-cookie')).toBeNull();
    // A fresh count (another process) lets the right token in.
    expect((await login(post(JSON.stringify({ token: TOKEN })), TOKEN, store, new LoginAttempts())).status).toBe(200);
  });

  it('refuses a wrong token with 401 and sets no cookie', async () => {
    const store = new SessionStore();
    const res = await login(post(JSON.stringify({ token: 'wrong-token-0000000000000' })), TOKEN, store, new LoginAttempts());
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ message: 'the API token is not valid' });
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('starts a session for the right token: an HttpOnly, SameSite=Strict cookie holding a random id, not the token', async () => {
    const store = new SessionStore();
    const res = await login(post(JSON.stringify({ token: ` ${TOKEN}\n` })), TOKEN, store, new LoginAttempts());
    expect(res.status).toBe(200);
    const setCookie = res.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; SameSite=Strict/);
    expect(setCookie).toMatch(/; Path=\//);
    expect(setCookie).not.toContain(TOKEN);
    const cookie = cookieOf(res);
    expect(cookie.startsWith(`${SESSION_COOKIE}=`)).toBe(true);
    const status = sessionStatus(new Request('http://d.test/', { headers: { cookie } }), store);
    expect(await status.json()).toEqual({ authenticated: true });
  });

  it('says what is wrong with a malformed, oversized or premature login', async () => {
    const store = new SessionStore();
    expect((await login(post('not json'), TOKEN, store, new LoginAttempts())).status).toBe(400);
    expect((await login(post(JSON.stringify({ token: 'x'.repeat(10_000) })), TOKEN, store, new LoginAttempts())).status).toBe(413);
    const early = await login(post(JSON.stringify({ token: TOKEN })), undefined, store, new LoginAttempts());
    expect(early.status).toBe(503);
    expect(((await early.json()) as { message: string }).message).toMatch(/TRANSFERLAB_API_TOKEN.*api-token/);
  });

  it('logout forgets the session and clears the cookie', async () => {
    const store = new SessionStore();
    const cookie = cookieOf(await login(post(JSON.stringify({ token: TOKEN })), TOKEN, store, new LoginAttempts()));
    const out = logout(new Request('http://d.test/', { method: 'DELETE', headers: { cookie } }), store);
    expect(out.headers.get('set-cookie')).toMatch(new RegExp(`^${SESSION_COOKIE}=;.*Max-Age=0`));
    expect(store.isValid(cookie.split('=')[1])).toBe(false);
  });
});

describe('SessionStore', () => {
  it('knows only the ids it issued, until they expire', () => {
    let now = 1_000;
    const store = new SessionStore(() => now);
    const id = store.create();
    expect(store.isValid(id)).toBe(true);
    expect(store.isValid(undefined)).toBe(false);
    expect(store.isValid(`${id}x`)).toBe(false);
    now += SESSION_TTL_MS;
    expect(store.isValid(id)).toBe(false);
  });
});

describe('tokensMatch', () => {
  it('compares whole tokens, whatever their lengths', () => {
    expect(tokensMatch(TOKEN, TOKEN)).toBe(true);
    expect(tokensMatch(TOKEN.slice(0, -1), TOKEN)).toBe(false);
    expect(tokensMatch('', TOKEN)).toBe(false);
  });
});
