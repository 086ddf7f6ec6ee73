import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_ATTEMPTS } from '../src/auth/token-attempts';
import { START } from './helpers/runs';
import { postQuery, startTestServer, type TestServer } from './helpers/test-server';

const TOKEN = 'attempts-test-token-0001';
const INPUT = { input: { analysis: 'fixture-sweep', params: {} } };

describe('invalid API tokens, counted per address', { timeout: 120_000 }, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ TRANSFERLAB_API_TOKEN: TOKEN });
  });
  afterAll(async () => {
    await server?.close();
  });

  it(`refuses every request of an address after ${TOKEN_ATTEMPTS.failures} invalid tokens, the right token too`, async () => {
    const reasons: (string | undefined)[] = [];
    for (let i = 0; i <= TOKEN_ATTEMPTS.failures; i++) {
      const { body } = await postQuery<unknown>(server.url, START, INPUT, `wrong-token-${i}`);
      reasons.push(body.errors?.[0]?.extensions?.reason);
    }
    // The allowed failures and the one that passes the limit are answered as invalid tokens.
    expect(reasons).toEqual(Array.from({ length: TOKEN_ATTEMPTS.failures + 1 }, () => 'INVALID_TOKEN'));

    const right = await postQuery<unknown>(server.url, START, INPUT, TOKEN);
    const refusal = right.body.errors?.[0];
    expect(refusal?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'TOO_MANY_ATTEMPTS' });
    expect(refusal?.message).toMatch(/^more than 10 invalid API tokens from this address within 60 s; try again in \d+ s$/);

    // The HTTP upload endpoint answers 429 through the same guard.
    const upload = await fetch(`${new URL(server.url).origin}/models/upload`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${TOKEN}` },
      body: new Uint8Array(8),
    });
    expect(upload.status).toBe(429);
    expect(((await upload.json()) as { reason: string }).reason).toBe('TOO_MANY_ATTEMPTS');

    // Queries need no token and are still answered.
    const query = await postQuery<{ __typename: string }>(server.url, '{ __typename }');
    expect(query.body.data?.__typename).toBe('Query');
  });
});
