import { createHash } from 'node:crypto';
import { decodeModel } from '@transferlab/engine';
import { assertConformance, createTestContext } from '@transferlab/sdk/testing';
import { describe, expect, it } from 'vitest';
import { tinyModels } from './index';

describe('tiny-models example model source', () => {
  it('passes the conformance kit', async () => {
    await expect(assertConformance(tinyModels)).resolves.toBeDefined();
  });

  it('serves a decodable ONNX model whose checksum matches its bytes and whose feature tensor exists', async () => {
    const [m] = await tinyModels.list({}, createTestContext());
    const bytes = await m!.bytes();
    expect(m!.checksum).toBe(createHash('sha256').update(bytes).digest('hex'));
    const model = decodeModel(bytes);
    expect(model.graph.nodes.flatMap((n) => n.outputs)).toContain(m!.featureTensor);
    expect(model.graph.inputs[0]?.shape).toEqual(['batch', 1, 4, 4]);
  });
});
