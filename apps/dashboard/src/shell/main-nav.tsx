'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { isCurrent, NAV_LINKS } from './nav-links';

/** The top bar's links; the current page's link carries aria-current="page". */
export function MainNav(): ReactNode {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="main-nav">
      {NAV_LINKS.map(({ href, label }) => (
        <Link key={href} href={href} aria-current={isCurrent(href, pathname) ? 'page' : undefined}>
          {label}
        </Link>
      ))}
    </nav>
  );
}
