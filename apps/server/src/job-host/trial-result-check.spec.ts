import { describe, expect, it } from 'vitest';
import { MAX_RESULT_BYTES, checkedResult, resultProblem } from './trial-result-check';

describe('trial result check', () => {
  it.each([
    [{ metrics: { a: 1, b: Number.NaN }, series: [{ epoch: 1, loss: 0.5 }], details: { x: [1, 'y'] } }, null],
    [{ metrics: {} }, null],
    [{ metrics: { a: 1 }, series: null, details: null }, null],
    ['done', 'the result is the string "done", not { metrics, series?, details? }'],
    [{ metrics: [1, 2] }, 'metrics is an array, not an object of numbers'],
    [{ metrics: { accuracy: '0.9' } }, 'metrics.accuracy is the string "0.9", not a number'],
    [{ metrics: { a: 1 }, series: { epoch: 1 } }, 'series is of type object, not an array'],
    [{ metrics: { a: 1 }, series: [{ epoch: 1 }, { epoch: null }] }, 'series.1.epoch is null, not a number'],
    [{ metrics: { a: 1 }, details: [1] }, 'details is an array, not an object'],
    [{ metrics: { a: 1 }, details: { n: 10n } }, 'the result cannot be stored as JSON: Do not know how to serialize a BigInt'],
  ])('case %#: %s', (result, problem) => {
    expect(resultProblem(result)).toBe(problem);
  });

  it('refuses a result over the size cap and a cycle, naming the analysis', () => {
    const big = { metrics: {}, details: { blob: 'x'.repeat(MAX_RESULT_BYTES) } };
    expect(() => checkedResult(big, { name: 'a', version: '1.0.0' })).toThrow(
      /^analysis 'a' 1\.0\.0 returned a malformed result: the result is \d+ bytes as JSON; at most 67108864$/,
    );
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(resultProblem({ metrics: {}, details: cyclic })).toMatch(/^the result cannot be stored as JSON: .*circular/i);
  });
});
