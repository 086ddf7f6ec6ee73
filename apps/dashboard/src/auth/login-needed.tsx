'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { loginHref } from './needs-login';

/** Shown where a change was refused for want of a session: what to do, with a link back here. */
export function LoginNeeded(): ReactNode {
  const pathname = usePathname();
  return (
    <p className="login-needed" data-testid="login-needed">
      Changes through the dashboard need a session: <Link href={loginHref(pathname)}>log in</Link> with the
      API token.
    </p>
  );
}
