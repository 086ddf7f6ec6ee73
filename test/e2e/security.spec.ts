import { expect, test } from './fixtures';
import { dashboardGraphql } from './support/graphql';
import { dashboardPid, memoryOf } from './support/proc';
import { rawPost } from './support/raw-http';
import { naturalZooModel } from './support/zoo';

/** The smallest run there is: one trial, one epoch. */
const TINY_RUN = {
  query: 'mutation($input: StartRunInput!) { startRun(input: $input) { id } }',
  variables: {
    input: {
      analysis: 'transfer',
      params: {
        sources: [naturalZooModel().id],
        targets: ['mnist'],
        n: [20],
        seeds: [0],
        epochs: 1,
        testLimit: 50,
      },
    },
  },
};

interface GraphQLAnswer {
  data?: { startRun?: { id: string } } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** How many runs the server has, asked of the server directly (not through the dashboard). */
async function runCount(graphqlUrl: string): Promise<number> {
  const res = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ runs(take: 100) { id } }' }),
  });
  const body = (await res.json()) as { data: { runs: { id: string }[] } };
  return body.data.runs.length;
}

test.describe('the dashboard refuses what an attacker can send', () => {
  test('a mutation without a session is refused UNAUTHENTICATED and stores no run; queries still work', async ({
    platform,
    request,
  }) => {
    const before = await runCount(platform.graphqlUrl);
    const res = await request.post(`${platform.dashboardUrl}graphql`, { data: TINY_RUN });
    const body = (await res.json()) as GraphQLAnswer;
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await runCount(platform.graphqlUrl)).toBe(before);
    const query = await request.post(`${platform.dashboardUrl}graphql`, {
      data: { query: '{ system { version } }' },
    });
    expect(
      ((await query.json()) as { data: { system: { version: string } } }).data.system.version,
    ).toBeTruthy();
  });

  test('a request under another host name (DNS rebinding) or from a foreign origin is refused 403', async ({
    platform,
  }) => {
    const url = `${platform.dashboardUrl}graphql`;
    const port = new URL(platform.dashboardUrl).port;
    const json = { 'content-type': 'application/json' };
    const rebound = await rawPost(
      url,
      { ...json, host: `rebind.attacker.test:${port}` },
      JSON.stringify(TINY_RUN),
    );
    expect(rebound.status).toBe(403);
    const message = (answer: { body: string }): string =>
      (JSON.parse(answer.body) as { message: string }).message;
    expect(message(rebound)).toMatch(/does not answer to the host name "rebind.attacker.test/);
    const foreign = await rawPost(
      url,
      { ...json, host: `127.0.0.1:${port}`, origin: 'http://attacker.test' },
      JSON.stringify({ query: '{ system { version } }' }),
    );
    expect(foreign.status).toBe(403);
    expect(message(foreign)).toMatch(/origin "http:\/\/attacker.test" are refused/);
    // The upload and login routes check the same.
    for (const path of ['catalog/models/upload', 'auth/session'])
      expect(
        (await rawPost(`${platform.dashboardUrl}${path}`, { host: `rebind.attacker.test:${port}` }, '{}'))
          .status,
      ).toBe(403);
  });

  test('the login page refuses a wrong token, and an upload without a session is refused', async ({
    loginPage,
    platform,
    request,
  }) => {
    await loginPage.goto();
    await loginPage.token.fill('not-the-token-0000000000000000');
    await loginPage.submit.click();
    await expect(loginPage.refused).toHaveText('the API token is not valid');
    await expect(loginPage.logOut).toHaveCount(0);
    const upload = await request.post(`${platform.dashboardUrl}catalog/models/upload`, {
      headers: { 'content-type': 'application/octet-stream' },
      data: Buffer.from('not a model'),
    });
    expect(upload.status()).toBe(401);
  });

  test("a tool's own token is checked by the dashboard: a wrong one never reaches the server", async ({
    platform,
    request,
  }) => {
    const query = { query: '{ system { version } }' };
    const wrong = await request.post(`${platform.dashboardUrl}graphql`, {
      headers: { authorization: 'Bearer not-the-token-0000000000000000' },
      data: query,
    });
    expect(wrong.status()).toBe(401);
    const refused = (await wrong.json()) as GraphQLAnswer;
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(refused.errors?.[0]?.message).toMatch(/Authorization header/);
    const right = await request.post(`${platform.dashboardUrl}graphql`, {
      headers: { authorization: `Bearer ${platform.apiToken}` },
      data: query,
    });
    expect(
      ((await right.json()) as { data: { system: { version: string } } }).data.system.version,
    ).toBeTruthy();
  });

  test('after logging in a mutation is accepted; after logging out it is refused again', async ({
    loggedIn: _,
    loginPage,
    page,
    platform,
  }) => {
    const { startRun } = await dashboardGraphql<{ startRun: { id: string } }>(
      page.request,
      platform.dashboardUrl,
      TINY_RUN.query,
      TINY_RUN.variables,
    );
    expect(startRun.id).toBeTruthy();
    await loginPage.logOut.click();
    await expect(loginPage.logIn).toBeVisible();
    const res = await page.request.post(`${platform.dashboardUrl}graphql`, {
      data: { query: 'mutation($id: ID!) { cancelRun(id: $id) { id } }', variables: { id: startRun.id } },
    });
    expect(((await res.json()) as GraphQLAnswer).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('the new-run form without a session shows the refusal with a link to log in', async ({
    newRunPage,
    page,
  }) => {
    await newRunPage.goto();
    await expect(newRunPage.analysis).toHaveValue('transfer');
    await newRunPage.fill({
      sources: [naturalZooModel().id],
      targets: ['mnist'],
      n: [20],
      seeds: [0],
      epochs: 1,
    });
    await newRunPage.submit.click();
    await expect(newRunPage.refused).toBeVisible();
    await newRunPage.refused.getByRole('link', { name: 'log in' }).click();
    await expect(page).toHaveURL(/\/login\?next=%2Fruns%2Fnew$/);
  });

  test('a 300 MB body is refused 413 by the dashboard, which stays small while it streams', async ({
    platform,
  }) => {
    const pid = dashboardPid(platform.dashboardUrl);
    const url = `${platform.dashboardUrl}graphql`;
    const headers = { 'content-type': 'application/json', host: new URL(platform.dashboardUrl).host };
    const before = memoryOf(pid);
    // Announced: refused before the body is read.
    const announced = await rawPost(url, headers, { bytes: 400 * 1024 * 1024, chunked: false });
    expect(announced.status).toBe(413);
    // Not announced: refused once the cap has passed.
    const chunked = await rawPost(url, headers, { bytes: 300 * 1024 * 1024, chunked: true });
    expect(chunked.status).toBe(413);
    expect(chunked.body).toMatch(/larger than the dashboard accepts \(1048576 bytes\)/);
    const after = memoryOf(pid);
    const mb = (b: number): string => `${(b / 2 ** 20).toFixed(1)} MB`;
    test.info().annotations.push({
      type: 'dashboard memory',
      description: `RSS ${mb(before.rss)} -> ${mb(after.rss)}, peak ${mb(before.peak)} -> ${mb(after.peak)}; sent before the 413: ${mb(chunked.sent)} of 300 MB`,
    });
    // Buffering either body would add hundreds of MB; streaming adds little.
    expect(after.rss - before.rss).toBeLessThan(64 * 1024 * 1024);
    expect(after.peak - before.peak).toBeLessThan(64 * 1024 * 1024);
  });
});
