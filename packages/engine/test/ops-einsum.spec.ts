import { describe, expect, it } from 'vitest';
import { str } from '../src/onnx/attributes';
import { deriveVjp } from '../src/derive/vjp';
import { GraphBuilder } from '../src/onnx/builder';
import { expectGradientsMatch, uniform } from './grad-check';

/*
 * Einsum's vector-Jacobian rule against central finite differences (step 1e-2, float32 graphs on
 * ONNX Runtime, L accumulated in float64): one tiny model per equation form. Pass when
 * |analytic - numeric| <= 5e-4 + 5e-3 * max(|analytic|, |numeric|) for every checked element.
 * Einsum is linear in each operand, so the difference quotients are exact up to float32 rounding.
 */
const ATOL = 5e-4;
const RTOL = 5e-3;

interface EinsumCase {
  readonly name: string;
  readonly equation: string;
  readonly shapes: readonly (readonly number[])[];
  /** Operands given as initializers (not differentiated). */
  readonly constant?: readonly number[];
}

const cases: readonly EinsumCase[] = [
  { name: "MaxViT's attention scores (spaces, capitals)", equation: 'B G H I D, B G H J D -> B G H I J', shapes: [[2, 2, 2, 3, 4], [2, 2, 2, 5, 4]] },
  { name: "MaxViT's scores times values", equation: 'B G H I J, B G H J D -> B G H I D', shapes: [[2, 1, 2, 3, 5], [2, 1, 2, 5, 4]] },
  { name: 'matrix product', equation: 'ij,jk->ik', shapes: [[3, 4], [4, 5]] },
  { name: 'implicit output (ik)', equation: 'ij,jk', shapes: [[3, 4], [4, 2]] },
  { name: 'contraction over two letters', equation: 'abcd,cde->abe', shapes: [[2, 3, 2, 2], [2, 2, 3]] },
  { name: '1x1 convolution, weight constant', equation: 'nchw,kc->nkhw', shapes: [[2, 3, 2, 2], [4, 3]], constant: [1] },
  { name: 'outer product', equation: 'i,j->ij', shapes: [[3], [4]] },
  { name: 'transpose of one operand', equation: 'ijk->kij', shapes: [[2, 3, 4]] },
  { name: 'three operands', equation: 'ij,jk,kl->il', shapes: [[2, 3], [3, 4], [4, 2]] },
  { name: 'output letters reordered, contraction shared', equation: 'bij,bik->bkj', shapes: [[2, 3, 4], [2, 3, 2]] },
];

function einsumModel(b: GraphBuilder, c: EinsumCase): string {
  const operands = c.shapes.map((dims, i) => {
    const n = dims.reduce((a, x) => a * x, 1);
    return c.constant?.includes(i) ? b.initializer(`w${i}`, uniform(n, 40 + i), dims) : b.input(`x${i}`, 'float32', dims);
  });
  return b.op1('Einsum', operands, { equation: str(c.equation) });
}

describe('Einsum vector-Jacobian rule against central finite differences', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const report = await expectGradientsMatch({ name: c.name, build: (b) => einsumModel(b, c), atol: ATOL, rtol: RTOL });
    expect(report.failures).toEqual([]);
  });
});

describe('Einsum gradient refusals name the equation', () => {
  const refused: readonly [string, string, readonly (readonly number[])[], RegExp][] = [
    ['a diagonal', 'ii->i', [[3, 3]], /'ii->i'.*repeats within 'ii'/],
    ['a sum over a letter only one operand has', 'ij,jk->k', [[2, 3], [3, 4]], /'ij,jk->k'.*operand 0 sums over 'i'/],
    ['an ellipsis', '...ij,...jk->...ik', [[2, 3, 4], [2, 4, 5]], /'\.\.\.ij,\.\.\.jk->\.\.\.ik'.*ellipsis/],
  ];
  it.each(refused)('%s', (_name, equation, shapes, message) => {
    const b = new GraphBuilder({ opsetVersion: 17 });
    const y = einsumModel(b, { name: equation, equation, shapes });
    b.output(y);
    expect(() => deriveVjp(b.build(), { seeds: [y], wrt: ['x0'] })).toThrow(message);
  });
});
