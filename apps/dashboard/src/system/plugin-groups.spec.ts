import { describe, expect, it } from 'vitest';
import { groupPluginsByKind, summariseParams } from './plugin-groups';
import type { PluginSummary } from './system.query';

const plugin = (kind: PluginSummary['kind'], name: string): PluginSummary => ({
  kind,
  name,
  version: '1.0.0',
  description: `${name} plugin`,
  origin: 'built-in test',
  paramsSchema: {},
});

describe('groupPluginsByKind', () => {
  it('gives every kind in page order, empty ones included, plugins sorted by name', () => {
    const groups = groupPluginsByKind([
      plugin('ATTACK', 'pgd'),
      plugin('DATASET', 'mnist'),
      plugin('ATTACK', 'fgsm'),
    ]);
    expect(groups.map((g) => [g.kind, g.plugins.map((p) => p.name)])).toEqual([
      ['DATASET', ['mnist']],
      ['MODEL', []],
      ['ATTACK', ['fgsm', 'pgd']],
      ['ANALYSIS', []],
    ]);
  });
});

describe('summariseParams', () => {
  it('lists top-level params with type, default and whether they must be given', () => {
    const schema = {
      type: 'object',
      properties: {
        eps: { type: 'number', default: 0.03 },
        norm: { enum: ['l2', 'linf'] },
        steps: { type: 'integer' },
      },
      required: ['eps', 'norm'],
    };
    expect(summariseParams(schema)).toEqual([
      { name: 'eps', type: 'number', defaultValue: '0.03', required: false },
      { name: 'norm', type: 'enum', defaultValue: undefined, required: true },
      { name: 'steps', type: 'integer', defaultValue: undefined, required: false },
    ]);
  });

  it('gives nothing for a schema without properties', () => {
    expect(summariseParams({ type: 'object' })).toEqual([]);
    expect(summariseParams(null)).toEqual([]);
  });
});
