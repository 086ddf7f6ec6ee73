import { describe, expect, it } from 'vitest';
import { ints } from '../src/onnx/attributes';
import type { GraphBuilder } from '../src/onnx/builder';
import type { Attribute } from '../src/onnx/ir';
import { unfoldsWeightGrad } from '../src/grad/ops/conv-weight-grad';
import { expectGradientsMatch, type GradCheckCase } from './grad-check';

// Strided k x k convolutions with output maps of 14x14 or more take their weight gradient from
// an input unfolded by a one-hot grouped Conv; smaller maps keep the strided-Slice products.
// Both paths against central finite differences (grad-check's tolerances).

function convCase(name: string, x: number[], w: number[], attrs: Record<string, Attribute>): GradCheckCase {
  return {
    name: `Conv ${name}`,
    build: (b: GraphBuilder) => b.op1('Conv', [b.input('x', 'float32', x), b.input('w', 'float32', w), b.input('b', 'float32', [w[0]!])], attrs),
    perElementMax: 40,
  };
}

const cases: { readonly unfolded: boolean; readonly kernel: number[]; readonly out: number[]; readonly strides: number[]; readonly c: GradCheckCase }[] = [
  {
    unfolded: true, kernel: [3, 3], out: [14, 14], strides: [2, 2],
    c: convCase('3x3 stride 2 pad 1, 14x14 output (unfolded)', [2, 2, 28, 28], [3, 2, 3, 3], { strides: ints([2, 2]), pads: ints([1, 1, 1, 1]) }),
  },
  {
    unfolded: true, kernel: [7, 7], out: [14, 14], strides: [2, 2],
    c: convCase('7x7 stride 2 pad 3 stem, 14x14 output (unfolded)', [1, 3, 28, 28], [2, 3, 7, 7], { strides: ints([2, 2]), pads: ints([3, 3, 3, 3]) }),
  },
  {
    unfolded: true, kernel: [3, 2], out: [14, 15], strides: [2, 1],
    c: convCase('3x2, strides 2x1, dilations 2, asymmetric pads (unfolded)', [1, 2, 29, 16], [2, 2, 3, 2], {
      strides: ints([2, 1]), dilations: ints([2, 2]), pads: ints([1, 0, 2, 1]),
    }),
  },
  {
    unfolded: false, kernel: [3, 3], out: [7, 7], strides: [2, 2],
    c: convCase('3x3 stride 2 pad 1, 7x7 output (strided slices)', [2, 2, 14, 14], [3, 2, 3, 3], { strides: ints([2, 2]), pads: ints([1, 1, 1, 1]) }),
  },
];

describe('Conv weight gradient: unfolded and strided-slice paths vs finite differences', () => {
  it.each(cases)('$c.name', async ({ unfolded, kernel, out, strides, c }) => {
    expect(unfoldsWeightGrad(kernel, out, strides)).toBe(unfolded);
    const report = await expectGradientsMatch(c);
    expect(report.checks).toBeGreaterThan(0);
  });
});
