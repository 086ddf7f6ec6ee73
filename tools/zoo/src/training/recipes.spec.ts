import { buildResNet, encodeModel } from '@transferlab/engine';
import { describe, expect, it } from 'vitest';
import { EVAL_GRID, findRecipe, RECIPES } from './recipes';

describe('recipes', () => {
  it('keep every zoo model under 500k parameters and 2 MB', () => {
    const grey28 = { channels: 1 as const, height: 28, width: 28, mean: [0.29], std: [0.35] };
    for (const r of RECIPES) {
      const built = buildResNet({ input: grey28, classes: 5, ...r.architecture });
      expect(built.parameterCount).toBeLessThan(500_000);
      expect(encodeModel(built.model).length).toBeLessThan(2 * 1024 * 1024);
    }
  });

  it('evaluate every adversarial recipe at its own eps, and name the available ones on a miss', () => {
    for (const r of RECIPES) if (r.adversarial) expect(EVAL_GRID[r.adversarial.norm]).toContain(r.adversarial.eps);
    expect(() => findRecipe('nope')).toThrow(/no recipe 'nope'; available: natural, l2-0.25/);
  });
});
