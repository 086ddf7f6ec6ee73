import { TransferlabError } from '@transferlab/client';
import { describe, expect, it } from 'vitest';
import { splitServerIssues, sweepIssuesFromServer } from './server-issues';
import { parseSweep } from './sweep-file';

const FILE = `analysis: transfr
params:
  sources: [natural, nope-model]
  targets: [mnist]
  n: [0, 20]
  epoch: 3
`;

const sweep = parseSweep('s.yaml', FILE);
const refused = (reason: string, message: string): TransferlabError => new TransferlabError('BAD_USER_INPUT', message, reason);

describe('splitServerIssues', () => {
  it('splits at each "; path: " and keeps semicolons inside a message', () => {
    expect(splitServerIssues('n.0: Too small; use more; views.my-view.name: Required; (params): Unrecognized key: "x"')).toEqual([
      { path: ['n', '0'], message: 'Too small; use more' },
      { path: ['views', 'my-view', 'name'], message: 'Required' },
      { path: [], message: 'Unrecognized key: "x"' },
    ]);
  });
});

describe('sweepIssuesFromServer', () => {
  it.each([
    ['an invalid array item, at the item', refused('INVALID_PARAMS', "params for analysis 'transfer' are not valid: n.0: Too small: expected number to be >=1"), 'params.n.0', { line: 5, col: 7 }],
    ['an unknown field, at its key', refused('INVALID_PARAMS', "params for analysis 'transfer' are not valid: (params): Unrecognized key: \"epoch\""), 'params', { line: 6, col: 3 }],
    ['a field deeper than the file, at its deepest part present', refused('INVALID_PARAMS', "params for analysis 'transfer' are not valid: views.a.name: Required"), 'params.views.a.name', { line: 3, col: 3 }],
    ['an unknown analysis, at its name', refused('UNKNOWN_ANALYSIS', "no analysis plugin named 'transfr'; available: transfer"), 'analysis', { line: 1, col: 11 }],
    ['an unknown model, at the value naming it', refused('UNKNOWN_MODELS', "params for analysis 'transfer': no model with id 'nope-model'; available: natural"), 'params', { line: 3, col: 22 }],
    ['anything else, at params', refused('INVALID_PARAMS', "params for analysis 'transfer' expand into 30000 trials"), 'params', { line: 3, col: 3 }],
  ])('places %s', (_what, error, path, position) => {
    const [issue] = sweepIssuesFromServer(sweep, error);
    expect(issue).toMatchObject({ path, position });
  });
});
