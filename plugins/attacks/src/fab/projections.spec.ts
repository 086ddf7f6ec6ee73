import { seededRandom } from '@transferlab/sdk/testing';
import { describe, expect, it } from 'vitest';
import { projectL2 } from './projection-l2';
import { projectLinf } from './projection-linf';

const dot = (a: ArrayLike<number>, b: ArrayLike<number>) => Array.from(a).reduce((s, v, i) => s + v * (b[i] ?? 0), 0);
const clip = (v: number) => Math.min(1, Math.max(0, v));

/** Random cases: a point in the box, a hyperplane through a point at distance `reach` from it. */
function cases(n: number, count: number, reach: number) {
  const rnd = seededRandom(21);
  return Array.from({ length: count }, () => {
    const t = Float32Array.from({ length: n }, () => rnd());
    const w = Float32Array.from({ length: n }, () => rnd() * 2 - 1);
    const b = dot(w, t) - reach * (rnd() + 0.1) * (rnd() < 0.5 ? 1 : -1);
    return { t, w, b };
  });
}

/** Bisection on a monotone function: the smallest x in [0, hi] with f(x) >= 0. */
function bisect(f: (x: number) => number, hi: number): number {
  let [lo, up] = [0, hi];
  for (let i = 0; i < 100; i++) {
    const mid = (lo + up) / 2;
    if (f(mid) >= 0) up = mid;
    else lo = mid;
  }
  return up;
}

describe('FAB projections onto a hyperplane within the box', () => {
  it('Linf: lands on the hyperplane, in the box, with the smallest Linf norm (checked by bisection)', () => {
    let checked = 0;
    for (const { t, w, b } of cases(12, 30, 0.6)) {
      const d = projectLinf(t, w, b);
      const x = Array.from(t, (v, i) => v + d[i]!);
      x.forEach((v) => expect(v >= -1e-9 && v <= 1 + 1e-9).toBe(true));
      const gap = dot(w, t) - b;
      // With radius l, the most <w, x> can move toward b inside the box: sum |w_i| min(l, room_i).
      const room = Array.from(w, (wi, i) => ((wi > 0) === gap > 0 ? t[i]! : 1 - t[i]!));
      const reach = (l: number) => Array.from(w).reduce((s, wi, i) => s + Math.abs(wi) * Math.min(l, room[i]!), 0);
      if (reach(1) < Math.abs(gap)) continue; // unreachable: the corner, checked below
      expect(dot(w, x) - b).toBeCloseTo(0, 5);
      expect(Math.max(...Array.from(d, Math.abs))).toBeCloseTo(bisect((l) => reach(l) - Math.abs(gap), 1), 5);
      checked++;
    }
    expect(checked).toBeGreaterThan(15);
  });

  it('L2: lands on the hyperplane, in the box, at the clipped step of the KKT conditions', () => {
    let checked = 0;
    for (const { t, w, b } of cases(12, 30, 0.8)) {
      const d = projectL2(t, w, b);
      const gap = dot(w, t) - b;
      const at = (alpha: number) => Array.from(t, (v, i) => clip(v - Math.sign(gap) * alpha * w[i]!));
      const moved = (alpha: number) => Math.abs(dot(w, at(alpha)) - dot(w, t));
      if (moved(1e6) < Math.abs(gap)) continue;
      const alpha = bisect((a) => moved(a) - Math.abs(gap), 1e3);
      const want = at(alpha);
      Array.from(t, (v, i) => v + d[i]!).forEach((v, i) => expect(v).toBeCloseTo(want[i]!, 5));
      checked++;
    }
    expect(checked).toBeGreaterThan(15);
  });

  it('both go to the nearest box corner when the hyperplane is out of reach', () => {
    const t = Float32Array.of(0.5, 0.5);
    const w = Float32Array.of(1, 1);
    for (const project of [projectLinf, projectL2]) {
      const d = project(t, w, 5); // <w, x> = 5 is outside [0,1]^2
      expect(Array.from(d, (v) => v + 0.5)).toEqual([1, 1]);
    }
  });
});
