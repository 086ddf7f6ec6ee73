import { forwardAuthorizedUpload } from '../../../src/proxy/authorized-upload';
import { RUN_FILE_CAP } from '../../../src/runs/run-file-import';

// Read per process at run time: the server port is that of this run, not of the build.
export const dynamic = 'force-dynamic';

/**
 * The browser's run import: the run file streamed to the server's POST /runs/import, capped at
 * the server's run file limit. It makes a run, so it needs a logged-in session (or the caller's
 * own Authorization header); refused before a byte is read otherwise. The server's answer
 * (`{ run }`, or `{ statusCode, message, reason, field }`) comes back as it is.
 */
export function POST(request: Request): Promise<Response> {
  return forwardAuthorizedUpload(request, {
    path: '/runs/import',
    cap: () => RUN_FILE_CAP,
    loginTo: 'import runs',
  });
}
