import { paramsJsonSchema, z } from '@transferlab/sdk';
import { describe, expect, it } from 'vitest';
import { datasetSpec, datasetViews, storedDatasetKey, viewDataset } from './datasets';

describe('dataset specs', () => {
  it('are a plugin name or a plugin with params, nothing else', () => {
    expect(datasetSpec.parse('mnist')).toBe('mnist');
    const ref = { name: 'class-subset', params: { dataset: 'mnist', classes: [0, 1] } };
    expect(datasetSpec.parse(ref)).toEqual(ref);
    for (const bad of ['', { name: '' }, { name: 'x', other: 1 }, { params: {} }, 3])
      expect(datasetSpec.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });

  it('views: at most max names, described by the list that uses them', () => {
    const views = (n: number) =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [`v${i}`, { name: 'mnist' }]));
    const schema = z.object({ views: datasetViews('datasets', 2) });
    expect(schema.safeParse({ views: views(2) }).success).toBe(true);
    expect(schema.safeParse({ views: views(3) }).success).toBe(false);
    expect(schema.parse({})).toEqual({});
    const json = paramsJsonSchema(schema) as { properties: { views: { description: string } } };
    expect(json.properties.views.description).toBe(
      'datasets defined as a dataset plugin with params, by the name used in datasets (and in results)',
    );
  });

  it("a name's dataset is its view when the run defines one, else the plugin of that name", () => {
    const views = { three: { name: 'class-subset', params: { classes: [0, 1, 2] } } };
    expect(viewDataset(views, 'three')).toBe(views.three);
    expect(viewDataset(views, 'mnist')).toBe('mnist');
    expect(viewDataset(undefined, 'mnist')).toBe('mnist');
  });

  it("a stored config's dataset key: the plugin and its params as sorted JSON, or the run's name for old rows", () => {
    expect(storedDatasetKey('mnist', 'target')).toBe('mnist');
    expect(
      storedDatasetKey({ name: 'class-subset', params: { dataset: 'mnist', classes: [1, 0] } }, 't'),
    ).toBe('class-subset{"classes":[1,0],"dataset":"mnist"}');
    expect(storedDatasetKey({ name: 'kmnist', params: {} }, 't')).toBe('kmnist');
    for (const old of [undefined, null, '', 7, { params: {} }])
      expect(storedDatasetKey(old, 'target')).toBe('target');
  });
});
