import { loadConfig, type TransferlabConfig } from '@transferlab/sdk/config';
import { LoginAttempts } from '../auth/login-attempts';
import { sessionIdOf, sessionStore, type SessionStore } from '../auth/session-store';
import { readApiToken } from './api-token';
import { allowedHosts, checkHostAndOrigin } from './request-guard';
import { graphqlUpstream } from './upstream';

/** What the dashboard's route handlers share: read per process at run time, not at build. */
export interface DashboardContext {
  readonly config: TransferlabConfig;
  readonly graphqlUrl: string;
  readonly hosts: ReadonlySet<string>;
  readonly sessions: SessionStore;
  /** Wrong tokens sent to the login form or in a caller's Authorization header, counted for this process. */
  readonly loginAttempts: LoginAttempts;
  /** The server's token, kept once found; looked up again until then (the server writes it at its first boot). */
  apiToken(): string | undefined;
}

let context: DashboardContext | undefined;

export function dashboardContext(): DashboardContext {
  if (context) return context;
  const config = loadConfig();
  let token: string | undefined;
  context = {
    config,
    graphqlUrl: graphqlUpstream(config),
    hosts: allowedHosts(config),
    sessions: sessionStore(),
    loginAttempts: new LoginAttempts(),
    apiToken: () => (token ??= readApiToken(config)),
  };
  return context;
}

/** The 403 for a foreign Host or Origin, or undefined when the request may go on. */
export function refusal(request: Request, ctx: DashboardContext): Response | undefined {
  return checkHostAndOrigin(request, ctx.hosts);
}

/** The server's token for a request with a valid session; undefined otherwise (nothing is added). */
export function sessionToken(request: Request, ctx: DashboardContext): string | undefined {
  return ctx.sessions.isValid(sessionIdOf(request)) ? ctx.apiToken() : undefined;
}
