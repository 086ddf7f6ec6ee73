import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random';
import { L2Step } from './l2-step';
import { LinfStep } from './linf-step';

const size = 50;
const orig = Float32Array.from({ length: 2 * size }, (_, i) => (i % 10) / 9); // includes 0 and 1: box is active
const rnd = seededRandom(1);
const noisy = () => orig.map((v) => v + (rnd() - 0.5) * 3);

function l2(a: Float32Array, b: Float32Array, n: number): number {
  let s = 0;
  for (let i = n * size; i < (n + 1) * size; i++) s += (a[i]! - b[i]!) ** 2;
  return Math.sqrt(s);
}

describe('Linf step', () => {
  const step = new LinfStep(orig, size, 0.1, 0.03, seededRandom(2));
  it('projects into the eps ball and the [0,1] box', () => {
    const x = noisy();
    step.project(x);
    x.forEach((v, i) => {
      expect(Math.abs(v - orig[i]!)).toBeLessThanOrEqual(0.1 + 1e-6);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    });
  });
  it('steps by stepSize along the gradient sign', () => {
    const x = orig.slice();
    const g = Float32Array.from(orig, (_, i) => (i % 3) - 1);
    step.step(x, g);
    x.forEach((v, i) => expect(v - orig[i]!).toBeCloseTo(0.03 * Math.sign(g[i]!), 6));
  });
  it('random starts fill the ball, inside the box', () => {
    const x = orig.slice();
    step.randomPerturb(x);
    const d = x.map((v, i) => v - orig[i]!);
    expect(Math.max(...d)).toBeGreaterThan(0.05);
    x.forEach((v, i) => expect(Math.abs(v - orig[i]!)).toBeLessThanOrEqual(0.1 + 1e-6));
  });
});

describe('L2 step', () => {
  const step = new L2Step(orig, size, 0.5, 0.2, seededRandom(3));
  it('projects each example into its own eps ball and the box', () => {
    const x = noisy();
    step.project(x);
    for (let n = 0; n < 2; n++) expect(l2(x, orig, n)).toBeLessThanOrEqual(0.5 + 1e-5);
    x.forEach((v) => expect(v >= 0 && v <= 1).toBe(true));
  });
  it('leaves a point already inside the ball unchanged', () => {
    const x = orig.map((v) => Math.min(1, Math.max(0, v + 0.001)));
    const before = x.slice();
    step.project(x);
    expect(Array.from(x)).toEqual(Array.from(before));
  });
  it('moves each example exactly stepSize in L2 along its gradient', () => {
    const x = orig.slice();
    const g = Float32Array.from(orig, (_, i) => Math.sin(i));
    step.step(x, g);
    for (let n = 0; n < 2; n++) expect(l2(x, orig, n)).toBeCloseTo(0.2, 5);
    // Direction: the displacement is parallel to the gradient.
    const dot = x.reduce((s, v, i) => s + (v - orig[i]!) * g[i]!, 0);
    expect(dot).toBeGreaterThan(0);
  });
  it('random starts stay inside the ball', () => {
    const x = orig.slice();
    step.randomPerturb(x);
    for (let n = 0; n < 2; n++) {
      expect(l2(x, orig, n)).toBeLessThanOrEqual(0.5 + 1e-5);
      expect(l2(x, orig, n)).toBeGreaterThan(0);
    }
  });
});
