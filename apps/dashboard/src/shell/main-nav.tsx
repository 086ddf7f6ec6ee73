'use client';

import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { ANALYSES_NAV_QUERY } from '../analyses/analyses.queries';
import { currentHref, navLinks } from './nav-links';

/**
 * The top bar's links: every analysis the server registers, then the fixed pages; the current
 * page's link carries aria-current="page".
 */
export function MainNav(): ReactNode {
  const pathname = usePathname();
  const q = useQuery(ANALYSES_NAV_QUERY, { ssr: false });
  // The top bar is on every page: an answer without the list (an error, an older server) must
  // leave the fixed links, never break the page.
  const analyses: unknown = q.data?.analyses;
  const links = navLinks(Array.isArray(analyses) ? q.data!.analyses.map((a) => a.analysis) : []);
  const current = currentHref(links, pathname);
  return (
    <nav aria-label="Main" className="main-nav">
      {links.map(({ href, label }) => (
        <Link key={href} href={href} aria-current={href === current ? 'page' : undefined}>
          {label}
        </Link>
      ))}
    </nav>
  );
}
