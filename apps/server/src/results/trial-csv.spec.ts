import { describe, expect, it } from 'vitest';
import { trialsCsv, type CsvTrial } from './trial-csv';

const trial = (over: Partial<CsvTrial>): CsvTrial => ({
  key: 'k',
  ordinal: 0,
  status: 'done',
  attempts: 1,
  failureReason: null,
  config: {},
  result: null,
  ...over,
});

describe('trialsCsv', () => {
  it('quotes commas, quotes and line breaks (RFC 4180), leaves missing values empty, unions the columns', () => {
    const csv = trialsCsv([
      trial({
        key: 'a',
        config: { source: 'x,y', list: [1, 2] },
        result: { metrics: { acc: 0.1 + 0.2 }, pluginName: 'p', pluginVersion: '1.0.0' },
      }),
      trial({
        key: 'b',
        ordinal: 1,
        status: 'failed',
        failureReason: 'said "no"\nthen died',
        config: { seed: 3 },
      }),
    ]);
    expect(csv).toBe(
      'key,ordinal,status,attempts,failure_reason,config.list,config.seed,config.source,metric.acc,plugin_name,plugin_version\r\n' +
        'a,0,DONE,1,,"[1,2]",,"x,y",0.30000000000000004,p,1.0.0\r\n' +
        'b,1,FAILED,1,"said ""no""\nthen died",,3,,,,\r\n',
    );
  });
});

describe('trialsCsv against formula injection', () => {
  const HEADER = 'key,ordinal,status,attempts,failure_reason,plugin_name,plugin_version\r\n';
  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['plain', 'plain'],
    ['a=b-c', 'a=b-c'],
  ])('a string cell %j is written %s', (text, cell) => {
    expect(trialsCsv([trial({ failureReason: text })])).toBe(`${HEADER}k,0,DONE,1,${cell},,\r\n`);
  });

  it('leaves numbers as numbers (negative ones included) and neutralises strings in config columns', () => {
    const csv = trialsCsv([
      trial({
        config: { lr: -0.5, label: '-x', list: [-1, '=a'] },
        result: { metrics: { delta: -3.25 }, pluginName: '=p', pluginVersion: '1.0.0' },
      }),
    ]);
    expect(csv).toBe(
      'key,ordinal,status,attempts,failure_reason,config.label,config.list,config.lr,metric.delta,plugin_name,plugin_version\r\n' +
        `k,0,DONE,1,,'-x,"[-1,""=a""]",-0.5,-3.25,'=p,1.0.0\r\n`,
    );
  });
});
