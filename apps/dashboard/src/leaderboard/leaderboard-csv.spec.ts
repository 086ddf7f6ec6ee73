import { describe, expect, it } from 'vitest';
import { settingFixture } from '../results/results.fixture';
import { csvField, csvFileName, leaderboardCsv, type CsvContext } from './leaderboard-csv';
import { leaderboardRows } from './leaderboard-rows';

const ctx: CsvContext = { runId: 'abcdef0123', target: 'mnist', depth: '0', n: 20, baseline: 'zoo/natural' };

describe('leaderboard CSV', () => {
  it('quotes only the fields that need it', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(null)).toBe('');
    expect(csvField(0.25)).toBe('0.25');
  });

  it('writes a header and one line per row in table order, with unrounded values', () => {
    const rows = leaderboardRows(settingFixture(), 20, 'zoo/natural');
    const lines = leaderboardCsv(rows, [20, 50], ctx).trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    const header = lines[0]!.split(',');
    expect(header.slice(0, 10)).toEqual([
      'run',
      'target',
      'depth',
      'n',
      'rank',
      'source',
      'accuracy_n20',
      'accuracy_n20_low',
      'accuracy_n20_high',
      'seeds_n20',
    ]);
    const robust = Object.fromEntries(header.map((h, i) => [h, lines[1]!.split(',')[i]]));
    expect(robust).toMatchObject({
      rank: '1',
      source: 'zoo/robust-eps1',
      accuracy_n20: '0.5',
      accuracy_n50_low: '',
    });
    expect(robust).toMatchObject({
      efficiency: '0.52',
      baseline: 'zoo/natural',
      delta: '0.1',
      p_value: '0.03',
    });
    const natural = Object.fromEntries(header.map((h, i) => [h, lines[2]!.split(',')[i]]));
    expect(natural).toMatchObject({ rank: '2', delta: '', p_value: '' });
  });

  it('names the file after what was chosen', () => {
    expect(csvFileName({ ...ctx, target: 'fashion/mnist b' })).toBe(
      'leaderboard_fashion_mnist_b_depth-0_n20_abcdef01.csv',
    );
  });
});
