import { describe, expect, it } from 'vitest';
import type { GraphBuilder } from '../onnx/builder';
import { expectGradientsMatch } from '../../test/grad-check';
import { preprocessGraph, type ImageShape, type ModelInputSpec } from './preprocess-graph';

// The prefix is linear, so central differences (h = 1e-2, loss in float64) are exact up to
// float32 rounding: grad-check's default tolerance 1e-3 + 1e-2 * |g| applies.
function prefixCase(label: string, spec: ModelInputSpec, image: ImageShape) {
  return {
    name: `preprocessing ${label}`,
    build: (b: GraphBuilder) => {
      const x = b.input('images', 'float32', [2, ...image]);
      const g = preprocessGraph(spec, image, x, 'pre_out');
      for (const t of g.initializers) b.addInitializer(t);
      for (const n of g.nodes) b.addNode(n);
      return 'pre_out';
    },
    perElementMax: 64,
  };
}

describe('preprocessing prefix gradients (finite differences)', { timeout: 60_000 }, () => {
  it.each([
    ['grey 5x6 -> RGB 8x8 (upsample, repeat, normalise)', { channels: 3, height: 8, width: 8, mean: [0.485, 0.456, 0.406], std: [0.229, 0.224, 0.225] }, [1, 5, 6]],
    ['RGB 9x7 -> grey 4x5 (luma, downsample)', { channels: 1, height: 4, width: 5, mean: [0.5], std: [0.5] }, [3, 9, 7]],
    ['RGB 6x6 -> RGB 6x6 (normalise only)', { channels: 3, height: 6, width: 6, mean: [0.1, 0.2, 0.3], std: [0.3, 0.2, 0.1] }, [3, 6, 6]],
  ] as const)('%s', async (label, spec, image) => {
    const report = await expectGradientsMatch(prefixCase(label, spec, image));
    expect(report.checks).toBeGreaterThan(0);
  });
});
