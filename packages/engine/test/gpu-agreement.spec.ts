import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Tensor } from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { agreement, difference } from '../gpu/agreement';
import { validateModel } from '../src/validate/validate-model';

// gpu:check's comparison, run here with the CPU in the GPU's place: a GPU machine is never needed by a test.
describe('gpu:check agreement', () => {
  it('reports the largest absolute gap, where it is, and relative to the reference scale', () => {
    const d = difference({ a: [1, 2.5], b: [0, -4.001] }, { a: [1, 2], b: [0, -4] });
    expect(d.worst).toBe('a');
    expect(d.maxAbs).toBeCloseTo(0.5, 12);
    expect(d.relative).toBeCloseTo(0.5 / 4, 12);
  });

  it('treats NaN and a missing or mis-sized output as infinitely far', () => {
    expect(difference({ a: [Number.NaN] }, { a: [1] }).maxAbs).toBe(Infinity);
    expect(difference({ a: [1, 2] }, { a: [1] })).toMatchObject({ maxAbs: Infinity, worst: 'a' });
    expect(difference({}, { b: [1] })).toMatchObject({ maxAbs: Infinity, worst: 'b' });
  });

  it('compares every step of a zoo model, and the same provider agrees with itself exactly', async () => {
    const model = validateModel(readFileSync(join(__dirname, '..', '..', '..', 'plugins', 'models', 'zoo', 'natural.onnx')));
    const x = new Tensor('float32', Float32Array.from({ length: 4 * 28 * 28 }, (_, i) => (i % 97) / 97), [4, 1, 28, 28]);
    const labels = new Tensor('int64', BigInt64Array.from([0n, 1n, 2n, 3n]), [4]);
    const { cpu, device } = await agreement(model, x, labels, 'cpu');
    expect('error' in cpu).toBe(false);
    if ('error' in cpu) return;
    // Every carried tensor of the training step is compared, not only the loss.
    expect(Object.keys(cpu.trainingStep).length).toBeGreaterThan(10);
    expect(Object.keys(cpu.inputGradient).length).toBeGreaterThanOrEqual(2);
    for (const s of ['forward', 'inputGradient', 'trainingStep'] as const) expect(device[s]).toMatchObject({ maxAbs: 0 });
  });
});
