import { describe, expect, it } from 'vitest';
import { analysisLabel, currentHref, isCurrent, navLinks } from './nav-links';

describe('main navigation', () => {
  it('lists each registered analysis first, then every fixed page once', () => {
    expect(navLinks(['influence', 'my-analysis']).map((l) => [l.href, l.label])).toEqual([
      ['/analyses/influence', 'Influence'],
      ['/analyses/my-analysis', 'My analysis'],
      ['/analyses', 'Analyses'],
      ['/examples', 'Examples'],
      ['/runs', 'Runs'],
      ['/catalog', 'Catalog'],
      ['/system', 'System'],
    ]);
    // Before the registry answers (or when it cannot), the fixed pages still show.
    expect(navLinks([]).map((l) => l.href)).toEqual([
      '/analyses',
      '/examples',
      '/runs',
      '/catalog',
      '/system',
    ]);
  });

  it('labels and links any plugin name safely', () => {
    expect(analysisLabel('example_analysis')).toBe('Example analysis');
    expect(navLinks(['a b?'])[0]!.href).toBe('/analyses/a%20b%3F');
  });

  it('marks a section current on its pages, and the home page only on itself', () => {
    expect(isCurrent('/runs', '/runs/abc')).toBe(true);
    expect(isCurrent('/runs', '/runsx')).toBe(false);
    expect(isCurrent('/', '/runs')).toBe(false);
    expect(isCurrent('/', '/')).toBe(true);
    expect(currentHref(navLinks([]), '/')).toBeUndefined();
    expect(currentHref(navLinks([]), '/system')).toBe('/system');
  });

  it("marks an analysis's own link current on its page, not the Analyses link too", () => {
    const links = navLinks(['transfer']);
    expect(currentHref(links, '/analyses/transfer')).toBe('/analyses/transfer');
    expect(currentHref(links, '/analyses')).toBe('/analyses');
    expect(currentHref(links, '/analyses/some-plugin')).toBe('/analyses');
  });
});
