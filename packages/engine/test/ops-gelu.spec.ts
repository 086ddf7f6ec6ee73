import { describe, expect, it } from 'vitest';
import { str } from '../src/onnx/attributes';
import { expectGradientsMatch } from './grad-check';

/*
 * Gelu (opset 20), both forms, against central differences (step 1e-2, float32 graphs, L in
 * float64; grad-check.ts): pass when |analytic - numeric| <= 1e-4 + 1e-4 * max(|analytic|, |numeric|),
 * tight enough to tell the two forms apart (their derivatives differ by up to 8.6e-4 on these inputs).
 */
const ATOL = 1e-4;
const RTOL = 1e-4;

describe('Gelu gradient', () => {
  it.each([['none'], ['tanh']])('approximate %s matches finite differences', async (approximate) => {
    const r = await expectGradientsMatch({
      name: `Gelu ${approximate}`,
      opsetVersion: 20,
      atol: ATOL,
      rtol: RTOL,
      build: (b) => b.op1('Gelu', [b.input('x', 'float32', [3, 8])], { approximate: str(approximate) }),
      values: { x: Float32Array.from({ length: 24 }, (_, i) => -3 + (6 * i) / 23) },
    });
    expect(r.checks).toBe(24);
  });
});
