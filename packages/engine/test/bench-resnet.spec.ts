import { describe, expect, it } from 'vitest';
import { buildResNet, RESNET18, SMALL_RESNET } from '../bench/resnet';
import { BLOCKS_METADATA_KEY, detectResidualBlocks } from '../src/split/blocks';
import { fixtureFloats, runOrt } from './fixtures/tiny-models';

describe('bench ResNet builder', () => {
  it('builds ResNet-18 with torchvision parameter count and names', () => {
    const m = buildResNet(RESNET18);
    const trainable = m.graph.initializers.filter((t) => !t.name.includes('running_'));
    // torchvision.models.resnet18(): sum(p.numel() for p in model.parameters()) == 11689512
    expect(trainable.reduce((a, t) => a + t.values.length, 0)).toBe(11_689_512);
    expect(trainable).toHaveLength(62);
    expect(m.graph.initializers.map((t) => t.name)).toContain('layer4.0.downsample.1.running_var');
    // The recorded block boundaries are exactly the detected residual Add -> Relu outputs.
    expect(JSON.parse(m.metadata[BLOCKS_METADATA_KEY]!)).toEqual(detectResidualBlocks(m));
    expect(detectResidualBlocks(m)).toHaveLength(8);
  });

  it('runs the small ResNet on 28x28 images', async () => {
    const m = buildResNet(SMALL_RESNET);
    const out = (await runOrt(m, { input: { dims: [2, 1, 28, 28], data: fixtureFloats(2 * 784, 3) } })).logits!;
    expect(out.dims).toEqual([2, 10]);
    expect(out.data.every(Number.isFinite)).toBe(true);
  });
});
