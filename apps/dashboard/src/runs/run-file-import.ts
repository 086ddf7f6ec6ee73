import { LoginRequiredError } from '../auth/needs-login';

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
  let res: Response;
  try {
    res = await fetchImpl('/runs/import', {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: file,
    });
  } catch (e) {
    throw new Error(`the file did not reach the dashboard (${e instanceof Error ? e.message : String(e)})`);
  }
  const body = (await res.json().catch(() => ({}))) as { run?: Partial<ImportedRun>; message?: unknown };
  const message = typeof body.message === 'string' ? body.message : undefined;
  if (res.status === 401) throw new LoginRequiredError(message ?? 'log in to the dashboard to import runs');
  if (!res.ok || typeof body.run?.id !== 'string') {
    throw new Error(message ?? `the import failed with HTTP ${res.status}`);
  }
  return { id: body.run.id, analysis: typeof body.run.analysis === 'string' ? body.run.analysis : '' };
}
