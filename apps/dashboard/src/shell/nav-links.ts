/** The dashboard's pages, in the order the top bar lists them. */
export const NAV_LINKS: readonly { readonly href: string; readonly label: string }[] = [
  { href: '/leaderboard', label: 'Leaderboard' },
  { href: '/compare', label: 'Compare' },
  { href: '/robustness', label: 'Robustness' },
  { href: '/influence', label: 'Influence' },
  { href: '/saliency', label: 'Saliency' },
  { href: '/analyses', label: 'Analyses' },
  { href: '/examples', label: 'Examples' },
  { href: '/runs', label: 'Runs' },
  { href: '/catalog', label: 'Catalog' },
  { href: '/', label: 'System' },
];

/** A link is current on its own page and on the pages below it ('/' only on itself). */
export function isCurrent(href: string, pathname: string): boolean {
  if (href === '/') return pathname === '/';
  return pathname === href || pathname.startsWith(`${href}/`);
}
