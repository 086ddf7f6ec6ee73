import { login, logout, sessionStatus } from '../../../src/auth/login';
import { dashboardContext, refusal } from '../../../src/proxy/dashboard-context';

// Sessions live in this process: nothing here may be rendered at build time.
export const dynamic = 'force-dynamic';

/** Whether this browser has a session. */
export function GET(request: Request): Response {
  const ctx = dashboardContext();
  return refusal(request, ctx) ?? sessionStatus(request, ctx.sessions);
}

/** Log in with the API token pasted once (`{ "token": "..." }`). */
export function POST(request: Request): Promise<Response> {
  const ctx = dashboardContext();
  const refused = refusal(request, ctx);
  return refused ? Promise.resolve(refused) : login(request, ctx.apiToken(), ctx.sessions, ctx.loginAttempts);
}

/** Log out: the session is forgotten and its cookie cleared. */
export function DELETE(request: Request): Response {
  const ctx = dashboardContext();
  return refusal(request, ctx) ?? logout(request, ctx.sessions);
}
