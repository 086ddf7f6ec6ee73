import type { SweepFileError } from './sweep-file';

/**
 * Compiler-style lines, `file:line:col: path: message`, each followed by the line at fault and
 * a caret under the column, so an editor or a terminal takes the reader straight there.
 */
export function formatSweepError(error: SweepFileError): string {
  const lines = error.text.split(/\r?\n/);
  const heading =
    error.stage === 'server'
      ? `${error.file}: the server refused the sweep:`
      : `${error.file}: ${error.stage === 'syntax' ? 'the file does not parse' : 'not a sweep file'}:`;
  const out = [heading];
  for (const issue of error.issues) {
    const where = issue.position ? `${error.file}:${issue.position.line}:${issue.position.col}` : error.file;
    out.push(`${where}: ${issue.path ? `${issue.path}: ` : ''}${issue.message}`);
    const source = issue.position ? lines[issue.position.line - 1] : undefined;
    if (issue.position && source !== undefined) {
      out.push(`  ${issue.position.line} | ${source}`);
      out.push(`  ${' '.repeat(String(issue.position.line).length)} | ${' '.repeat(Math.max(0, issue.position.col - 1))}^`);
    }
  }
  return out.join('\n');
}
