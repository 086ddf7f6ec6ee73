import { forwardAuthorizedUpload } from '../../../../src/proxy/authorized-upload';

// Read per process at run time: the server port is that of this run, not of the build.
export const dynamic = 'force-dynamic';

/**
 * The browser's model upload: streamed to the server's POST /models/upload, capped at
 * TRANSFERLAB_MAX_MODEL_BYTES. It stores a file, so it needs a logged-in session (or the
 * caller's own Authorization header); refused before a byte is read otherwise.
 */
export function POST(request: Request): Promise<Response> {
  return forwardAuthorizedUpload(request, {
    path: '/models/upload',
    cap: (maxModelBytes) => maxModelBytes,
    loginTo: 'upload models',
  });
}
