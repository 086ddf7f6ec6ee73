import { describe, expect, it } from 'vitest';
import { coveringAnalyses, runCoverage } from './coverage';

const run = (runId: string, analysis: string, problem: string | null = null) => ({
  runId,
  analysis,
  createdAt: '2030-01-01T00:00:00.000Z',
  problem,
});
const image = { dataset: 'digits', split: 'test' };

describe('which runs cover an image', () => {
  const runs = [
    run('s1', 'saliency'),
    run('s2', 'saliency'),
    run('r1', 'robustness'),
    run('t1', 'transfer'),
    run('x1', 'gone', "analysis 'gone' is not registered now"),
  ];
  const coverage = [
    // s1 scored all 100 images and kept maps of 48, not this one's.
    { runId: 's1', analysis: 'saliency', view: 'Saliency', rows: 2, images: 100 },
    { runId: 's1', analysis: 'saliency', view: 'Saliency heat maps', rows: 0, images: 48 },
    // s2 mapped every image it scored, this one included.
    { runId: 's2', analysis: 'saliency', view: 'Saliency', rows: 2, images: 1 },
    { runId: 's2', analysis: 'saliency', view: 'Saliency heat maps', rows: 8, images: 1 },
    // A view s2 does not fill at all (no rows for any image): not a gap.
    { runId: 's2', analysis: 'saliency', view: 'After transfer', rows: 0, images: 0 },
    // r1 tested 200 other images; t1 none of this dataset.
    { runId: 'r1', analysis: 'robustness', view: 'Smallest fooling ε', rows: 0, images: 200 },
    { runId: 't1', analysis: 'transfer', view: 'Transferred models on this image', rows: 0, images: 0 },
  ];
  const out = runCoverage(runs, coverage, image);

  it('says, per run, whether every view, some or none has rows for the image', () => {
    expect(out.map((r) => [r.run.runId, r.state, r.covered])).toEqual([
      ['s1', 'partial', ['Saliency']],
      ['s2', 'full', ['Saliency', 'Saliency heat maps']],
      ['r1', 'none', []],
      ['t1', 'none', []],
      ['x1', 'problem', []],
    ]);
  });

  it("says why: a view's share of the run's images, other images, no images of the dataset, the problem", () => {
    expect(out.map((r) => r.notes)).toEqual([
      ["Saliency heat maps: 48 of the run's 100 images, not this one"],
      [],
      ['holds 200 other test images of digits, not this one'],
      ['holds no test images of digits'],
      ["analysis 'gone' is not registered now"],
    ]);
  });

  it('lists the analyses with rows for the image once each, in run order', () => {
    expect(coveringAnalyses(out)).toEqual(['saliency']);
    expect(coveringAnalyses(runCoverage([run('a', 'x')], [], image))).toEqual([]);
  });
});
