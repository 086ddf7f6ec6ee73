export interface NavLink {
  readonly href: string;
  readonly label: string;
}

/** The pages every dashboard has, after the analyses' own pages (the brand links home, '/'). */
export const FIXED_LINKS: readonly NavLink[] = [
  { href: '/analyses', label: 'Analyses' },
  { href: '/examples', label: 'Examples' },
  { href: '/runs', label: 'Runs' },
  { href: '/catalog', label: 'Catalog' },
  { href: '/system', label: 'System' },
];

/** An analysis's name as a link label: 'example-analysis' reads 'Example analysis'. */
export function analysisLabel(name: string): string {
  const words = name.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The top bar's links: one per analysis the server registers (in the registry's order, so a
 * plugin added by configuration appears with no dashboard change), then the fixed pages.
 */
export function navLinks(analyses: readonly string[]): NavLink[] {
  return [
    ...analyses.map((name) => ({ href: `/analyses/${encodeURIComponent(name)}`, label: analysisLabel(name) })),
    ...FIXED_LINKS,
  ];
}

/** A link is current on its own page and on the pages below it ('/' only on itself). */
export function isCurrent(href: string, pathname: string): boolean {
  if (href === '/') return pathname === '/';
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** The one link the top bar marks: the longest current one (an analysis's own link, not Analyses). */
export function currentHref(links: readonly NavLink[], pathname: string): string | undefined {
  return links
    .filter((l) => isCurrent(l.href, pathname))
    .map((l) => l.href)
    .sort((a, b) => b.length - a.length)[0];
}
