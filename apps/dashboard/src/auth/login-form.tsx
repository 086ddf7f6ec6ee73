'use client';

import { useSearchParams } from 'next/navigation';
import { useState, type FormEvent, type ReactNode } from 'react';
import { afterLoginPath } from './needs-login';

/** The API token pasted once; the dashboard answers with a session cookie, never the token. */
export function LoginForm(): ReactNode {
  const next = afterLoginPath(useSearchParams().get('next'));
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<string | undefined>();

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    setRefused(undefined);
    try {
      const res = await fetch('/auth/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token }),
      });
      if (res.ok) {
        // A full load: every page and the nav start again with the session.
        window.location.assign(next);
        return;
      }
      const body = (await res.json().catch(() => ({}))) as { message?: string };
      setRefused(body.message ?? `the login failed with HTTP ${res.status}`);
    } catch (error) {
      setRefused(`the dashboard did not answer (${error instanceof Error ? error.message : String(error)})`);
    }
    setBusy(false);
  };

  return (
    <form className="panel login-form" aria-label="Log in" onSubmit={(e) => void submit(e)}>
      {refused !== undefined && (
        <p className="inline-error" role="alert" aria-label="The login was refused">
          {refused}
        </p>
      )}
      <label htmlFor="api-token">API token</label>{' '}
      <input
        id="api-token"
        type="password"
        autoComplete="current-password"
        value={token}
        onChange={(e) => setToken(e.target.value)}
        required
      />{' '}
      <button type="submit" disabled={busy || token.trim() === ''}>
        {busy ? 'Logging in…' : 'Log in'}
      </button>
    </form>
  );
}
