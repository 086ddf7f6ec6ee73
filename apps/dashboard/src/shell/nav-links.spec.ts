import { describe, expect, it } from 'vitest';
import { isCurrent, NAV_LINKS } from './nav-links';

describe('main navigation', () => {
  it('lists every page once', () => {
    expect(NAV_LINKS.map((l) => l.href)).toEqual([
      '/leaderboard',
      '/compare',
      '/robustness',
      '/influence',
      '/saliency',
      '/analyses',
      '/examples',
      '/runs',
      '/catalog',
      '/',
    ]);
  });

  it('marks a section current on its pages and System only on the home page', () => {
    expect(isCurrent('/runs', '/runs/abc')).toBe(true);
    expect(isCurrent('/runs', '/runsx')).toBe(false);
    expect(isCurrent('/', '/runs')).toBe(false);
    expect(isCurrent('/', '/')).toBe(true);
  });
});
