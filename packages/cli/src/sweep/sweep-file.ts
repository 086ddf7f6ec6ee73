import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import { keyNode, nodeAt, positionAt, positionOf, type SourcePosition } from './locate';

/** One thing wrong with a sweep file, at a place in it when known. */
export interface SweepIssue {
  /** Where in the file's data: `params.n.0`, `analysis`; empty for the file as a whole. */
  readonly path: string;
  readonly message: string;
  readonly position?: SourcePosition | undefined;
}

/** A sweep file that does not read, or that the server refused; `issues` say where. */
export class SweepFileError extends Error {
  constructor(
    readonly file: string,
    readonly issues: readonly SweepIssue[],
    /** The file's text, to quote the lines at fault. */
    readonly text: string,
    /** What kind of refusal: the file's own syntax or shape, or the server's validation. */
    readonly stage: 'syntax' | 'shape' | 'server',
  ) {
    super(`${file}: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`);
    this.name = 'SweepFileError';
  }
}

/** A parsed sweep file: the analysis, its params, and the document for locating issues. */
export interface SweepFile {
  readonly file: string;
  readonly text: string;
  readonly analysis: string;
  readonly params: Record<string, unknown>;
  readonly description: string | undefined;
  readonly doc: Document;
  readonly lineCounter: LineCounter;
}

/** Top-level keys a sweep file may have. */
export const SWEEP_KEYS = ['analysis', 'params', 'description'] as const;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Parse a sweep file's text (YAML, or JSON: YAML reads it and gives the same positions):
 * `analysis` (a plugin name), `params` (a mapping, checked by the server against the analysis's
 * schema) and an optional `description`. Syntax and shape errors carry line and column.
 */
export function parseSweep(file: string, text: string): SweepFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const issues = doc.errors.map((e) => ({ path: '', message: `syntax error: ${e.message}`, position: positionAt(lineCounter, e.pos[0]) }));
    throw new SweepFileError(file, issues, text, 'syntax');
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (e) {
    // An alias without its anchor (`*a`) parses but fails here; point at the alias.
    const message = e instanceof Error ? e.message : String(e);
    const alias = /: (\S+)$/.exec(message)?.[1];
    const offset = alias !== undefined ? text.indexOf(`*${alias}`) : -1;
    throw new SweepFileError(file, [{ path: '', message: `syntax error: ${message}`, position: positionAt(lineCounter, Math.max(offset, 0)) }], text, 'syntax');
  }
  const issues: SweepIssue[] = [];
  const at = (path: (string | number)[]) => positionOf(lineCounter, nodeAt(doc, path));
  if (!isRecord(data)) {
    throw new SweepFileError(file, [{ path: '', message: 'a sweep file is a mapping with `analysis` and `params`', position: at([]) }], text, 'shape');
  }
  for (const key of Object.keys(data)) {
    if (!(SWEEP_KEYS as readonly string[]).includes(key)) {
      issues.push({ path: key, message: `unknown key; a sweep file has ${SWEEP_KEYS.map((k) => `\`${k}\``).join(', ')}`, position: positionOf(lineCounter, keyNode(doc.contents, key)) });
    }
  }
  const { analysis, params, description } = data;
  if (typeof analysis !== 'string' || analysis === '') {
    issues.push({ path: 'analysis', message: analysis === undefined ? 'missing: name the analysis plugin (e.g. `analysis: transfer`)' : 'must be the name of an analysis plugin', position: at(['analysis']) });
  }
  if (!isRecord(params)) {
    issues.push({ path: 'params', message: params === undefined ? "missing: the analysis's params, a mapping" : 'must be a mapping of the analysis\'s params', position: at(['params']) });
  }
  if (description !== undefined && typeof description !== 'string') {
    issues.push({ path: 'description', message: 'must be text', position: at(['description']) });
  }
  if (issues.length > 0 || !isRecord(params) || typeof analysis !== 'string') throw new SweepFileError(file, issues, text, 'shape');
  if (!isMap(doc.contents)) throw new SweepFileError(file, [{ path: '', message: 'a sweep file is a mapping' }], text, 'shape');
  return { file, text, analysis, params, description: typeof description === 'string' ? description : undefined, doc, lineCounter };
}
