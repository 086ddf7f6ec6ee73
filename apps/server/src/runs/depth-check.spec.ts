import { describe, expect, it } from 'vitest';
import type { ModelDescriptor } from '../job-host/model-descriptor';
import { depthIssues } from './depth-check';

const model = (id: string, blocks: number) =>
  ({ id, blocks: Array.from({ length: blocks }, (_, i) => `b${i}`) }) as unknown as ModelDescriptor;
const trial = (source: string, depth: number | 'all') => ({
  config: { source, depth },
  uses: { models: [source] },
});

describe('depthIssues', () => {
  it('names the depths field, the source and its block count', () => {
    const params = { sources: ['flat', 'resnet'], depths: [0, 1, 'all'] };
    const trials = ['flat', 'resnet'].flatMap((s) => [trial(s, 0), trial(s, 1), trial(s, 'all')]);
    expect(depthIssues(params, trials, [model('flat', 0), model('resnet', 8)])).toEqual([
      "depths.1: depth 1 needs 2 block boundaries (one before the last 1 block), but source 'flat' has 0; use a depth below 1 or 'all'",
    ]);
  });

  it('accepts depths up to one below the boundary count, and depth 0 and all anywhere', () => {
    expect(depthIssues({ depths: [7] }, [trial('r', 7)], [model('r', 8)])).toEqual([]);
    expect(depthIssues({ depths: [8] }, [trial('r', 8)], [model('r', 8)])).toHaveLength(1);
    expect(depthIssues({ depths: [0, 'all'] }, [trial('r', 0), trial('r', 'all')], [model('r', 0)])).toEqual(
      [],
    );
  });

  it('falls back to the field name depth when the params have no depths list', () => {
    expect(depthIssues({ depth: 2 }, [trial('r', 2)], [model('r', 2)])[0]).toMatch(
      /^depth: depth 2 needs 3 block boundaries/,
    );
  });

  it('checks a transfer setting: robustness after transfer lists transfer.depths, saliency gives transfer.depth', () => {
    const transferred = (depth: number) => ({
      config: { source: 'flat', transfer: { n: 100, depth, seed: 0 } },
      uses: { models: ['flat'] },
    });
    expect(
      depthIssues(
        { transfer: { targets: ['mnist'], depths: [0, 2] } },
        [transferred(0), transferred(2)],
        [model('flat', 1)],
      ),
    ).toEqual([
      "transfer.depths.1: depth 2 needs 3 block boundaries (one before the last 2 blocks), but source 'flat' has 1; use a depth below 1 or 'all'",
    ]);
    expect(depthIssues({ transfer: { n: 100, depth: 1 } }, [transferred(1)], [model('flat', 1)])[0]).toMatch(
      /^transfer\.depth: depth 1 needs 2/,
    );
    expect(depthIssues({ transfer: { depths: [0] } }, [transferred(0)], [model('flat', 0)])).toEqual([]);
  });
});
