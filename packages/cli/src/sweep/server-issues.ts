import type { TransferlabError } from '@transferlab/client';
import { isMap } from 'yaml';
import { keyNode, nodeAt, positionOf, scalarWithValue } from './locate';
import { SweepFileError, type SweepFile, type SweepIssue } from './sweep-file';

/** The server's prefix before its list of params issues (runs.service). */
const PARAMS_PREFIX = /^params for analysis '[^']*' are not valid: /;

/** One server issue `path: message`; the server writes `(params)` for the params as a whole. */
const ISSUE = /^(\(params\)|[^\s:;]+): ([\s\S]*)$/;

/** Split `a.0: msg; b: msg` at each `; ` that starts another `path: ` (a message may hold `;` of its own). */
export function splitServerIssues(list: string): { path: string[]; message: string }[] {
  return list.split(/; (?=\(params\): |[^\s:;]+: )/).map((part) => {
    const m = ISSUE.exec(part);
    if (!m) return { path: [], message: part };
    return { path: m[1] === '(params)' ? [] : m[1]!.split('.'), message: m[2]! };
  });
}

/** Names quoted in a message (`no model with id 'x'`): the values the server could not find. */
const quotedNames = (message: string): string[] => [...message.matchAll(/'([^']+)'/g)].map((m) => m[1]!);

/**
 * The server's refusal of a sweep as issues placed in the file: params issues by their path
 * (an unrecognised key at the key itself), an unknown analysis at `analysis`, an unknown model
 * or dataset at the first params value naming it; anything else at `params`.
 */
export function sweepIssuesFromServer(sweep: SweepFile, error: TransferlabError): SweepIssue[] {
  const { doc, lineCounter } = sweep;
  const params = nodeAt(doc, ['params']);
  const atParams = positionOf(lineCounter, params);
  if (error.reason === 'UNKNOWN_ANALYSIS') return [{ path: 'analysis', message: error.message, position: positionOf(lineCounter, nodeAt(doc, ['analysis'])) }];
  if (error.reason === 'INVALID_PARAMS' && PARAMS_PREFIX.test(error.message)) {
    return splitServerIssues(error.message.replace(PARAMS_PREFIX, '')).map(({ path, message }) => {
      const unknownKeys = /^Unrecognized keys?: "([^"]+)"/.exec(message);
      const parent = nodeAt(doc, ['params', ...path]);
      const node = unknownKeys && isMap(parent) ? (keyNode(parent, unknownKeys[1]!) ?? parent) : parent;
      return { path: ['params', ...path].join('.'), message, position: positionOf(lineCounter, node) };
    });
  }
  const named = quotedNames(error.message)
    .map((name) => scalarWithValue(params, name))
    .find((n) => n !== undefined);
  return [{ path: 'params', message: error.message, position: positionOf(lineCounter, named) ?? atParams }];
}

/** A startRun refusal as a SweepFileError naming file positions. */
export function sweepErrorFromServer(sweep: SweepFile, error: TransferlabError): SweepFileError {
  return new SweepFileError(sweep.file, sweepIssuesFromServer(sweep, error), sweep.text, 'server');
}
