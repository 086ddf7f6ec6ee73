import { describe, expect, it } from 'vitest';
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
  it('refuses a wrong token with 401 and sets no cookie', async () => {
    const store = new SessionStore();
    const res = await login(post(JSON.stringify({ token: 'wrong-token-0000000000000' })), TOKEN, store);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ message: 'the API token is not valid' });
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('starts a session for the right token: an HttpOnly, SameSite=Strict cookie holding a random id, not the token', async () => {
    const store = new SessionStore();
    const res = await login(post(JSON.stringify({ token: ` ${TOKEN}\n` })), TOKEN, store);
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
    expect((await login(post('not json'), TOKEN, store)).status).toBe(400);
    expect((await login(post(JSON.stringify({ token: 'x'.repeat(10_000) })), TOKEN, store)).status).toBe(413);
    const early = await login(post(JSON.stringify({ token: TOKEN })), undefined, store);
    expect(early.status).toBe(503);
    expect(((await early.json()) as { message: string }).message).toMatch(/TRANSFERLAB_API_TOKEN.*api-token/);
  });

  it('logout forgets the session and clears the cookie', async () => {
    const store = new SessionStore();
    const cookie = cookieOf(await login(post(JSON.stringify({ token: TOKEN })), TOKEN, store));
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
