import { describe, expect, it } from 'vitest';
import { awayFromZero, expectGradientsMatch, type GradCheckCase } from './grad-check';

// Tolerances: central differences with h = 1e-2 on float32 graphs, L accumulated in float64:
// |fd - analytic| <= 1e-3 + 1e-2 * max(|fd|, |analytic|) (grad-check defaults).
const cases: GradCheckCase[] = [
  { name: 'Relu', build: (b) => b.op1('Relu', [b.input('x', 'float32', [2, 3, 4])]), values: { x: awayFromZero(24, 1) } },
  { name: 'Add same shape', build: (b) => b.op1('Add', [b.input('a', 'float32', [2, 3]), b.input('b', 'float32', [2, 3])]) },
  { name: 'Add broadcast row', build: (b) => b.op1('Add', [b.input('a', 'float32', [2, 3, 4]), b.input('b', 'float32', [4])]) },
  { name: 'Add broadcast both', build: (b) => b.op1('Add', [b.input('a', 'float32', [2, 1, 4]), b.input('b', 'float32', [3, 1])]) },
  { name: 'Add same tensor twice', build: (b) => { const a = b.input('a', 'float32', [5]); return b.op1('Add', [a, a]); } },
  { name: 'MatMul 2-D', build: (b) => b.op1('MatMul', [b.input('a', 'float32', [3, 4]), b.input('b', 'float32', [4, 5])]) },
  { name: 'MatMul batched', build: (b) => b.op1('MatMul', [b.input('a', 'float32', [2, 3, 4]), b.input('b', 'float32', [2, 4, 2])]) },
  { name: 'MatMul broadcast weight', build: (b) => b.op1('MatMul', [b.input('a', 'float32', [2, 3, 4]), b.input('b', 'float32', [4, 5])]) },
  { name: 'MatMul broadcast batch', build: (b) => b.op1('MatMul', [b.input('a', 'float32', [2, 1, 3, 4]), b.input('b', 'float32', [3, 4, 2])]) },
  { name: 'MatMul 1-D left', build: (b) => b.op1('MatMul', [b.input('a', 'float32', [4]), b.input('b', 'float32', [2, 4, 3])]) },
  { name: 'MatMul 1-D right', build: (b) => b.op1('MatMul', [b.input('a', 'float32', [2, 3, 4]), b.input('b', 'float32', [4])]) },
  { name: 'MatMul 1-D both', build: (b) => b.op1('MatMul', [b.input('a', 'float32', [4]), b.input('b', 'float32', [4])]) },
  {
    name: 'chain MatMul-Add-Relu (fan-out)',
    build: (b) => {
      const x = b.input('x', 'float32', [3, 4]);
      const w = b.input('w', 'float32', [4, 4]);
      const y = b.op1('Add', [b.op1('MatMul', [x, w]), x]);
      return b.op1('Relu', [y]);
    },
    values: { x: awayFromZero(12, 3, 0.3), w: awayFromZero(16, 4, 0.01).map((v) => v * 0.1) },
  },
];

describe('core rules: Relu, Add, MatMul', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s matches finite differences', async (_n, c) => {
    const report = await expectGradientsMatch(c);
    expect(report.failures).toEqual([]);
  });
});
