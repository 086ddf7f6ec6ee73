import { loadConfig, type TransferlabConfig } from '@transferlab/sdk/config';
import { readApiToken } from '../../../../src/proxy/api-token';
import { forwardUpload } from '../../../../src/proxy/forward-upload';
import { graphqlUpstream } from '../../../../src/proxy/upstream';

// Read per process at run time: the server port is that of this run, not of the build.
export const dynamic = 'force-dynamic';

let config: TransferlabConfig | undefined;
let token: string | undefined;

/** The browser's model upload: streamed to the server's POST /models/upload with the API token. */
export function POST(request: Request): Promise<Response> {
  config ??= loadConfig();
  token ??= readApiToken(config);
  const uploadUrl = new URL('/models/upload', graphqlUpstream(config)).toString();
  return forwardUpload(request, uploadUrl, fetch, token);
}
