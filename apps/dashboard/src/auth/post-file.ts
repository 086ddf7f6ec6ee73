import { LoginRequiredError } from './needs-login';

/** What a file route answered: its JSON body (empty when it sent none). */
export type FileRouteAnswer = Record<string, unknown>;

/**
 * Posts a file as the raw body of one of the dashboard's file routes (model upload, run import),
 * streamed by the browser. Resolves with the JSON body of a 2xx answer for which `accepted` holds;
 * otherwise throws with the server's message: a LoginRequiredError on 401, an Error else.
 * `what` words the messages made here: the action ("upload", "import") and the login request.
 */
export async function postFile(
  route: string,
  file: Blob,
  what: { readonly action: string; readonly login: string },
  accepted: (body: FileRouteAnswer) => boolean,
  fetchImpl: typeof fetch = fetch,
): Promise<FileRouteAnswer> {
  let res: Response;
  try {
    res = await fetchImpl(route, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: file,
    });
  } catch (e) {
    throw new Error(`the file did not reach the dashboard (${e instanceof Error ? e.message : String(e)})`);
  }
  const parsed: unknown = await res.json().catch(() => ({}));
  const body = (parsed !== null && typeof parsed === 'object' ? parsed : {}) as FileRouteAnswer;
  const message = typeof body.message === 'string' ? body.message : undefined;
  if (res.status === 401) throw new LoginRequiredError(message ?? what.login);
  if (!res.ok || !accepted(body))
    throw new Error(message ?? `the ${what.action} failed with HTTP ${res.status}`);
  return body;
}
