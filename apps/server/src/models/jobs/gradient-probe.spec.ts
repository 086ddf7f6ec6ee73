import { GraphBuilder, type ModelDef } from '@transferlab/engine';
import { describe, expect, it } from 'vitest';
import { gradientProblem } from './gradient-probe';

/** input [N, 4] -> (Round, when asked) -> MatMul [4, 3] -> logits: a tiny classifier. */
function classifier(withRound: boolean): ModelDef {
  const b = new GraphBuilder({ opsetVersion: 17 });
  const x = b.input('input', 'float32', ['N', 4]);
  const h = withRound ? b.op1('Round', [x], {}, { name: 'round_1' }) : x;
  const w = b.initializer('w', Float32Array.from({ length: 12 }, (_, i) => (i % 5) / 5 - 0.4), [4, 3]);
  b.output(b.op1('MatMul', [h, w], {}, { name: 'fc' }));
  return b.build();
}

describe('gradientProblem (the import probe)', () => {
  it('is null when the input gradient derives', () => {
    expect(gradientProblem(classifier(false))).toBeNull();
  });

  it('names the node whose op has no gradient rule (a forward-only model)', () => {
    expect(gradientProblem(classifier(true))).toMatch(/op Round \(node 'round_1'\) has no gradient rule/);
  });
});
