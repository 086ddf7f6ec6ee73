import { describe, expect, it } from 'vitest';
import { fixtureFloats, maxAbsDiff, runOrt } from '../../test/fixtures/tiny-models';
import { tinyResNet } from '../../test/fixtures/tiny-resnet';
import { BLOCKS_METADATA_KEY, blockBoundaries, detectResidualBlocks, SplitError, withBlocks } from './blocks';
import { cutPoints } from './cut-points';
import { splitModel } from './split-model';

describe('block boundaries', () => {
  it('detects residual Add -> Relu outputs in graph order', () => {
    expect(detectResidualBlocks(tinyResNet())).toEqual(['block1_out', 'block2_out']);
  });

  it('prefers the blocks recorded in metadata', () => {
    const m = withBlocks(tinyResNet(), ['stem_out', 'block2_out']);
    expect(blockBoundaries(m)).toEqual(['stem_out', 'block2_out']);
    expect(blockBoundaries(tinyResNet())).toEqual(['block1_out', 'block2_out']);
  });

  it('finds the single cut points: not inside a residual block, never an output', () => {
    const cuts = cutPoints(tinyResNet().graph);
    for (const t of ['stem_out', 'block1_out', 'block2_out', 'flat']) expect(cuts.has(t)).toBe(true);
    expect(cuts.has('block1.b_bn')).toBe(false);
    expect(cuts.has('logits')).toBe(false);
  });

  it('rejects metadata naming tensors that do not exist', () => {
    const m = withBlocks(tinyResNet(), ['nope']);
    expect(() => blockBoundaries(m)).toThrow(new SplitError(`metadata '${BLOCKS_METADATA_KEY}' names tensors no node produces: nope`));
  });
});

describe('splitModel', () => {
  const x = fixtureFloats(3 * 2 * 36, 9);
  const feeds = { x: { dims: [3, 2, 6, 6], data: x } };

  it.each(['stem_out', 'block1_out', 'block2_out', 'flat'])('tail(prefix(x)) equals model(x) at cut %s', async (cut) => {
    const m = tinyResNet();
    const { prefix, tail } = splitModel(m, cut);
    expect(prefix.graph.outputs.map((o) => o.name)).toEqual([cut]);
    expect(tail.graph.inputs.map((i) => i.name)).toEqual([cut]);
    expect(tail.graph.inputs[0]!.shape).toEqual(cut === 'flat' ? ['N', 4] : ['N', 4, 6, 6]);
    // Each part carries only the weights it reads.
    expect(prefix.graph.initializers.length + tail.graph.initializers.length).toBe(m.graph.initializers.length);
    const full = (await runOrt(m, feeds)).logits!;
    const mid = (await runOrt(prefix, feeds))[cut]!;
    const out = (await runOrt(tail, { [cut]: { dims: [...mid.dims], data: mid.data } })).logits!;
    expect(out.dims).toEqual([3, 3]);
    expect(maxAbsDiff(out.data, full.data)).toBeLessThan(1e-6);
  });

  it('refuses a cut that a residual connection bypasses', () => {
    expect(() => splitModel(tinyResNet(), 'block1.b_bn')).toThrow(
      new SplitError("cut 'block1.b_bn' does not separate the model: tail node 'Add_block1_add' (Add) also reads 'stem_out' from before the cut"),
    );
  });

  it('refuses unknown cuts and model outputs', () => {
    expect(() => splitModel(tinyResNet(), 'missing')).toThrow("cut tensor 'missing' is produced by no node");
    expect(() => splitModel(tinyResNet(), 'logits')).toThrow("cut tensor 'logits' is a model output; nothing would remain in the tail");
  });
});
