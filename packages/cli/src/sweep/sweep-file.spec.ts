import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSweepError } from './format-issues';
import { parseSweep, SweepFileError } from './sweep-file';

const SWEEPS = resolve(__dirname, '..', '..', '..', '..', 'examples', 'sweeps');

/** The SweepFileError parseSweep throws for `text`. */
function refusal(text: string, file = 'sweep.yaml'): SweepFileError {
  try {
    parseSweep(file, text);
  } catch (e) {
    if (e instanceof SweepFileError) return e;
    throw e;
  }
  throw new Error('parseSweep accepted the file');
}

describe('parseSweep', () => {
  it('reads analysis, params and description from YAML', () => {
    const sweep = parseSweep('s.yaml', 'analysis: transfer\ndescription: hi\nparams:\n  n: [100, 200]\n  targets: [mnist]\n');
    expect(sweep).toMatchObject({ analysis: 'transfer', description: 'hi', params: { n: [100, 200], targets: ['mnist'] } });
  });

  it('reads the same from JSON', () => {
    const sweep = parseSweep('s.json', JSON.stringify({ analysis: 'transfer', params: { n: [100], depths: [0, 'all'] } }, null, 2));
    expect(sweep).toMatchObject({ analysis: 'transfer', description: undefined, params: { n: [100], depths: [0, 'all'] } });
  });

  it.each(readdirSync(SWEEPS).filter((f) => /\.(ya?ml|json)$/.test(f)))('parses examples/sweeps/%s', (name) => {
    const sweep = parseSweep(name, readFileSync(join(SWEEPS, name), 'utf8'));
    // Every built-in analysis may have example sweeps (influence.yaml is an influence run).
    expect(['transfer', 'robustness', 'influence', 'saliency']).toContain(sweep.analysis);
    expect(sweep.params).toHaveProperty('sources');
  });

  it.each([
    ['a YAML syntax error', 'analysis: transfer\nparams:\n  n: [1, 2\n  depths: [0]\n', 'syntax', 4, 3, /syntax error: /],
    ['a JSON syntax error', '{\n  "analysis": "transfer",\n  "params": { "n": [1,, 2] }\n}\n', 'syntax', 3, 23, /syntax error: /],
    ['a duplicate key', 'analysis: transfer\nparams: {}\nanalysis: robustness\n', 'syntax', 3, 1, /unique/],
    ['an unknown top-level key', 'analysis: transfer\nparam:\n  n: [1]\n', 'shape', 2, 1, /param: unknown key/],
    ['a missing analysis', 'params:\n  n: [1]\n', 'shape', 1, 1, /analysis: missing/],
    ['params that are a list', 'analysis: transfer\nparams:\n  - 1\n', 'shape', 3, 3, /params: must be a mapping/],
    ['a file that is a list', '- analysis\n', 'shape', 1, 1, /a sweep file is a mapping/],
  ])('refuses %s with its line and column', (_what, text, stage, line, col, message) => {
    const error = refusal(text);
    expect(error.stage).toBe(stage);
    expect(error.issues[0]?.position).toEqual({ line, col });
    expect(formatSweepError(error)).toMatch(message);
    // Compiler style, then the line itself with a caret under the column.
    const printed = formatSweepError(error).split('\n');
    expect(printed[1]).toMatch(new RegExp(`^sweep\\.yaml:${line}:${col}: `));
    expect(printed[3]).toBe(`  ${' '.repeat(String(line).length)} | ${' '.repeat(col - 1)}^`);
  });
});
