import { describe, expect, it } from 'vitest';
import { delta, setting, summary } from './influence.fixture';
import { deltaRows, metricLabel, solverLabel, summaryRows } from './summary-rows';

describe('summaryRows', () => {
  it('one row per source, highest top-1 match first, with the four figures and the solver', () => {
    const rows = summaryRows(
      setting('mnist', 0, 30, {
        sources: [
          summary('natural', 0.55),
          summary('l2-3', 0.78, [0.78], { solver: 'lanczos', cutoff: null, rank: 40 }),
          summary('l2-0.5', 0.55),
        ],
      }),
    );
    expect(rows.map((r) => r.source)).toEqual(['l2-3', 'l2-0.5', 'natural']);
    expect(rows[0]!.figures.top1Match.mean).toBe(0.78);
    expect(rows[0]!.figures.top5AtLeast3.mean).toBeCloseTo(0.76);
    expect(rows[0]!.figures.trainTop1Match.mean).toBeCloseTo(0.79);
    expect(rows[0]!.figures.trainTop5AtLeast3.mean).toBeCloseTo(0.77);
    expect(rows[0]!.solver).toBe('lanczos · rank 40');
  });
});

describe('solverLabel', () => {
  it.each([
    [{ solver: 'exact', cutoff: 0.05, rank: 4960 }, 'exact · cutoff 0.05 · rank 4,960'],
    [{ solver: 'cg', cutoff: null, rank: null }, 'cg'],
  ])('%o reads %s', (s, label) => expect(solverLabel(s)).toBe(label));
});

describe('deltaRows', () => {
  it('drops the baseline’s own rows and orders by source, then the table’s metric order', () => {
    const rows = deltaRows([
      delta('l2-3', 'trainTop1Match', 0.1),
      delta('l2-3', 'top1Match', 0.2),
      delta('natural', 'top1Match', 0),
      delta('l2-0.5', 'somethingNew', 0.3),
      delta('l2-0.5', 'top5AtLeast3', 0.1),
    ]);
    expect(rows.map((d) => `${d.source}/${d.metric}`)).toEqual([
      'l2-0.5/top5AtLeast3',
      'l2-0.5/somethingNew',
      'l2-3/top1Match',
      'l2-3/trainTop1Match',
    ]);
  });

  it('labels known metrics and keeps unknown names', () => {
    expect(metricLabel('top5AtLeast3')).toBe('≥ 3 of top 5');
    expect(metricLabel('somethingNew')).toBe('somethingNew');
  });
});
