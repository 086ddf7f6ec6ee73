import { PluginRegistry, paramsJsonSchema } from '@transferlab/sdk';
import { describe, expect, it } from 'vitest';
import { plugins } from '../src/index';

describe('built-in dataset plugins', () => {
  it('register under distinct names and export their params as JSON Schema forms', () => {
    const registry = new PluginRegistry();
    registry.registerAll(plugins, 'built-in @transferlab/plugins-datasets');
    expect(registry.names('dataset')).toEqual([
      'cifar-10',
      'cifar-100',
      'class-subset',
      'fashion-mnist',
      'fashion-mnist-a',
      'fashion-mnist-b',
      'idx',
      'image-folder',
      'mnist',
      'svhn',
    ]);
    for (const p of plugins) expect(paramsJsonSchema(p.params).type).toBe('object');
  });
});
