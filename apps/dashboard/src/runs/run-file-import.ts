import { postFile } from '../auth/post-file';

/** The server's limit on a run file's body (256 MiB; the JSON after gunzip is held to it there). */
export const RUN_FILE_CAP = 256 * 1024 * 1024;

/** The run the server made of an imported file. */
export interface ImportedRun {
  readonly id: string;
  readonly analysis: string;
}

/**
 * Sends a run file (JSON or gzip, as exported) to the dashboard's import route, streamed by the
 * browser; the run it became, or an error with the server's message (a tampered file names
 * `checksum`, a file imported before names the run it became).
 */
export async function importRunFile(file: Blob, fetchImpl: typeof fetch = fetch): Promise<ImportedRun> {
  const body = await postFile(
    '/runs/import',
    file,
    { action: 'import', login: 'log in to the dashboard to import runs' },
    (b) => typeof (b.run as Partial<ImportedRun> | undefined)?.id === 'string',
    fetchImpl,
  );
  const run = body.run as { id: string; analysis?: unknown };
  return { id: run.id, analysis: typeof run.analysis === 'string' ? run.analysis : '' };
}
