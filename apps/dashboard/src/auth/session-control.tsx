'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useState, type ReactNode } from 'react';
import { loginHref } from './needs-login';

/** The top bar's "Log in" link or "Log out" button; the cookie is HttpOnly, so the dashboard is asked. */
export function SessionControl(): ReactNode {
  const pathname = usePathname();
  const [authenticated, setAuthenticated] = useState<boolean | undefined>();

  useEffect(() => {
    let live = true;
    fetch('/auth/session')
      .then((r) => r.json() as Promise<{ authenticated?: boolean }>)
      .then((b) => live && setAuthenticated(b.authenticated === true))
      .catch(() => live && setAuthenticated(undefined));
    return () => {
      live = false;
    };
  }, [pathname]);

  if (authenticated === undefined || pathname === '/login') return null;
  if (!authenticated)
    return (
      <Link className="session-control" href={loginHref(pathname)}>
        Log in
      </Link>
    );
  return (
    <button
      type="button"
      className="session-control"
      onClick={() =>
        void fetch('/auth/session', { method: 'DELETE' }).then(() => window.location.assign(pathname))
      }
    >
      Log out
    </button>
  );
}
