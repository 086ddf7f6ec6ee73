import { describe, expect, it } from 'vitest';
import type { OutputColumn } from '../analyses/analyses.queries';
import { modelColumnOf, modelGroups, shownColumns } from './evidence-rows';

const column = (name: string, role: OutputColumn['role']): OutputColumn => ({
  name,
  role,
  label: null,
  description: null,
  format: null,
  nullLabel: null,
});

const table = {
  columns: [
    column('image', 'image'),
    column('source', 'model'),
    column('minEps', 'measure'),
    column('heatmap', 'picture'),
  ],
};

describe('the rows of an evidence view', () => {
  it("shows the caption's columns of the table in its order, leaving out the image key and unknown names", () => {
    const shown = shownColumns({
      view: { image: 'image', caption: ['heatmap', 'image', 'nope', 'source'] },
      table,
    });
    expect(shown.map((c) => c.name)).toEqual(['heatmap', 'source']);
    expect(modelColumnOf(shown)?.name).toBe('source');
    expect(modelColumnOf([column('minEps', 'measure')])).toBeUndefined();
  });

  it('groups rows by model, naturally trained first, then by id, rows without a model last', () => {
    const rows = [
      { source: 'b-robust', minEps: 1 },
      { source: 'z-natural', minEps: 0.25 },
      { source: null, minEps: 2 },
      { source: 'a-robust', minEps: 0.5 },
      { source: 'b-robust', minEps: 3 },
    ];
    const training = new Map([
      ['z-natural', 'natural'],
      ['b-robust', 'adversarial'],
    ]);
    const groups = modelGroups(rows, 'source', training);
    expect(groups.map((g) => [g.model, g.training, g.rows.map((r) => r.minEps)])).toEqual([
      ['z-natural', 'natural', [0.25]],
      ['a-robust', 'unknown', [0.5]],
      ['b-robust', 'adversarial', [1, 3]],
      [null, null, [2]],
    ]);
  });

  it('keeps every row in one group without a model column', () => {
    expect(modelGroups([{ x: 1 }, { x: 2 }], undefined, new Map())).toEqual([
      { model: null, training: null, rows: [{ x: 1 }, { x: 2 }] },
    ]);
    expect(modelGroups([], undefined, new Map())).toEqual([]);
  });
});
