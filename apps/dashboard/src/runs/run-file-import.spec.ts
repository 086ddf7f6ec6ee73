import { describe, expect, it } from 'vitest';
import { LoginRequiredError } from '../auth/needs-login';
import { importRunFile } from './run-file-import';

/** A fetch that answers one JSON body with one status, and records the request. */
function answering(
  status: number,
  body: unknown,
): { fetch: typeof fetch; sent: { url: string; init: RequestInit }[] } {
  const sent: { url: string; init: RequestInit }[] = [];
  const fake = ((url: string, init: RequestInit) => {
    sent.push({ url, init });
    return Promise.resolve(Response.json(body, { status }));
  }) as unknown as typeof fetch;
  return { fetch: fake, sent };
}

describe('importRunFile', () => {
  it('posts the file as the raw body and returns the run it became', async () => {
    const f = answering(201, { run: { id: 'r-2', analysis: 'transfer' } });
    const file = new Blob(['{}']);
    await expect(importRunFile(file, f.fetch)).resolves.toEqual({ id: 'r-2', analysis: 'transfer' });
    expect(f.sent[0]!.url).toBe('/runs/import');
    expect(f.sent[0]!.init).toMatchObject({
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: file,
    });
  });

  it.each([
    [
      400,
      {
        statusCode: 400,
        message: 'checksum: the file does not match its checksum',
        reason: 'INVALID_RUN_FILE',
        field: 'checksum',
      },
    ],
    [
      409,
      {
        statusCode: 409,
        message: 'this run file was already imported here as run r-2',
        reason: 'RUN_ALREADY_IMPORTED',
      },
    ],
  ])('throws the server message of a %i', async (status, body) => {
    await expect(importRunFile(new Blob(['{}']), answering(status, body).fetch)).rejects.toThrow(
      body.message,
    );
  });

  it('asks for a login on a 401, and names the status when there is no message', async () => {
    await expect(
      importRunFile(new Blob([]), answering(401, { message: 'log in' }).fetch),
    ).rejects.toBeInstanceOf(LoginRequiredError);
    await expect(importRunFile(new Blob([]), answering(502, 'gateway').fetch)).rejects.toThrow(
      'the import failed with HTTP 502',
    );
  });
});
