import { describe, expect, it } from 'vitest';
import { LoginRequiredError } from './needs-login';
import { postFile } from './post-file';

const WHAT = { action: 'upload', login: 'log in to upload' };
const answer =
  (status: number, body: unknown): typeof fetch =>
  () =>
    Promise.resolve(Response.json(body, { status }));
const hasId = (b: Record<string, unknown>): boolean => typeof b.id === 'string';

describe('postFile', () => {
  it('returns the body of an accepted answer', async () => {
    await expect(postFile('/r', new Blob(['x']), WHAT, hasId, answer(201, { id: 'a' }))).resolves.toEqual({
      id: 'a',
    });
  });

  it('refuses a 2xx answer without what the route promises', async () => {
    await expect(postFile('/r', new Blob(['x']), WHAT, hasId, answer(200, { other: 1 }))).rejects.toThrow(
      'the upload failed with HTTP 200',
    );
  });

  it('says the file never arrived when the request itself fails', async () => {
    const down = (() => Promise.reject(new TypeError('fetch failed'))) as unknown as typeof fetch;
    await expect(postFile('/r', new Blob(['x']), WHAT, hasId, down)).rejects.toThrow(
      'the file did not reach the dashboard (fetch failed)',
    );
  });

  it('asks for a login on a 401, in its own words without a server message', async () => {
    const refused = postFile('/r', new Blob(['x']), WHAT, hasId, answer(401, null));
    await expect(refused).rejects.toBeInstanceOf(LoginRequiredError);
    await expect(refused).rejects.toThrow('log in to upload');
  });
});
