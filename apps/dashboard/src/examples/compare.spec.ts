import { describe, expect, it } from 'vitest';
import type { OutputColumn } from '../analyses/analyses.queries';
import { compareByModel, pictureColumns, type CompareInput } from './compare';

const column = (name: string, role: OutputColumn['role']): OutputColumn => ({
  name,
  role,
  label: null,
  description: null,
  format: null,
  nullLabel: null,
});

const view = (
  runId: string,
  analysis: string,
  title: string,
  columns: OutputColumn[],
  rows: Record<string, unknown>[],
): CompareInput => ({
  runId,
  analysis,
  view: { title, table: 't', image: 'image', caption: columns.map((c) => c.name) },
  table: { columns: [column('image', 'image'), ...columns] },
  rows,
});

const training = new Map([
  ['nat', 'natural'],
  ['rob-a', 'adversarial'],
  ['rob-b', 'adversarial'],
]);

describe('the side-by-side comparison of an image', () => {
  const fooled = view(
    'r1',
    'robustness',
    'Smallest fooling ε',
    [column('source', 'model'), column('norm', 'dimension'), column('minEps', 'measure')],
    [
      { source: 'rob-b', norm: 'L2', minEps: 1 },
      { source: 'nat', norm: 'L2', minEps: 0.25 },
    ],
  );
  const maps = view(
    's1',
    'saliency',
    'Saliency heat maps',
    [column('source', 'model'), column('kind', 'dimension'), column('heatmap', 'picture')],
    [
      { source: 'rob-a', kind: 'gradient', heatmap: 'data:image/png;base64,AA' },
      { source: 'rob-a', kind: 'smoothgrad', heatmap: 'data:image/png;base64,BB' },
      { source: 'nat', kind: 'gradient', heatmap: null },
    ],
  );
  const noModel = view('t1', 'other', 'Without models', [column('score', 'measure')], [{ score: 1 }]);

  it('gives a column per model, naturally trained first, and a line per view with a model column', () => {
    const c = compareByModel([fooled, maps, noModel], training);
    expect(c.models).toEqual([
      { id: 'nat', training: 'natural' },
      { id: 'rob-a', training: 'adversarial' },
      { id: 'rob-b', training: 'adversarial' },
    ]);
    expect(c.lines.map((l) => [l.analysis, l.title])).toEqual([
      ['robustness', 'Smallest fooling ε'],
      ['saliency', 'Saliency heat maps'],
    ]);
    const [eps, heat] = c.lines;
    expect([...eps!.cells.keys()]).toEqual(['nat', 'rob-b']);
    expect(eps!.cells.get('nat')).toEqual([{ source: 'nat', norm: 'L2', minEps: 0.25 }]);
    expect(heat!.cells.get('rob-a')!.map((r) => r.kind)).toEqual(['gradient', 'smoothgrad']);
    expect(heat!.cells.has('rob-b')).toBe(false);
  });

  it('keeps every shown column but the model in the cells, shared values included', () => {
    const [eps, heat] = compareByModel([fooled, maps], training).lines;
    expect(eps!.columns.map((k) => k.name)).toEqual(['norm', 'minEps']);
    expect(heat!.columns.map((k) => k.name)).toEqual(['kind', 'heatmap']);
    expect(pictureColumns(heat!).map((k) => k.name)).toEqual(['heatmap']);
  });
});
