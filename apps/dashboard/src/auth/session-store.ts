import { randomBytes } from 'node:crypto';

/** The cookie that carries a dashboard session id (never the API token). */
export const SESSION_COOKIE = 'transferlab_session';

/** A session lasts this long from login; then the user pastes the token again. */
export const SESSION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** Logins kept at once; the oldest is dropped beyond it, so repeated logins cannot grow memory. */
const MAX_SESSIONS = 1000;

/**
 * Session ids issued by this dashboard process, with their expiry. Kept in the process only:
 * a restarted dashboard forgets them (users log in again), and logout revokes one at once.
 */
export class SessionStore {
  private readonly sessions = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  create(): string {
    const id = randomBytes(32).toString('base64url');
    this.sessions.set(id, this.now() + SESSION_TTL_MS);
    // Map iteration is insertion order: the first key is the oldest login.
    while (this.sessions.size > MAX_SESSIONS) this.sessions.delete(this.sessions.keys().next().value!);
    return id;
  }

  isValid(id: string | undefined): boolean {
    if (id === undefined) return false;
    const expires = this.sessions.get(id);
    if (expires === undefined) return false;
    if (expires > this.now()) return true;
    this.sessions.delete(id);
    return false;
  }

  end(id: string | undefined): void {
    if (id !== undefined) this.sessions.delete(id);
  }
}

/**
 * The process's one store. Next.js bundles each route handler separately and may give each its
 * own copy of this module, so the store lives on globalThis, where login and the proxies meet.
 */
export function sessionStore(): SessionStore {
  const key = Symbol.for('transferlab.dashboard.sessions');
  const holder = globalThis as { [k: symbol]: SessionStore | undefined };
  return (holder[key] ??= new SessionStore());
}

/** The session id in the request's cookies, if any. */
export function sessionIdOf(request: Request): string | undefined {
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=');
  }
  return undefined;
}

/** Set-Cookie for a new session: unreadable by scripts, never sent by another site's requests. */
export function sessionCookie(id: string): string {
  return `${SESSION_COOKIE}=${id}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${SESSION_TTL_MS / 1000}`;
}

/** Set-Cookie that removes the session cookie. */
export function clearedSessionCookie(): string {
  return `${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`;
}
