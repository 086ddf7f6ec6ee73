import { expect, test } from './fixtures';
import { naturalZooModel } from './support/zoo';

const fulfilJson = (body: unknown, status = 200) => ({
  status,
  contentType: 'application/json',
  body: JSON.stringify(body),
});

// Loading, empty, error and refusal states of the runs pages, with GraphQL answers held or
// replaced in the browser where the real server would not produce them on demand.
test.describe('runs pages states', () => {
  test('the runs list says so when there are no runs, and links to the form', async ({ runsPage, page }) => {
    await page.route('**/graphql', (route) => route.fulfill(fulfilJson({ data: { runs: [] } })));
    await runsPage.goto();
    await expect(runsPage.empty).toBeVisible();
    await expect(page.getByRole('link', { name: 'Start a run' })).toHaveAttribute('href', '/runs/new');
  });

  test('the runs list shows its loading state, then an error, and recovers on "Try again"', async ({
    runsPage,
    page,
  }) => {
    let release!: () => void;
    const held = new Promise<void>((ok) => (release = ok));
    await page.route('**/graphql', async (route) => {
      await held;
      await route.fulfill(
        fulfilJson({ errors: [{ message: 'the Transferlab server is not reachable' }] }, 502),
      );
    });
    await runsPage.goto();
    await expect(runsPage.loading).toBeVisible();
    release();
    await expect(runsPage.loadError).toContainText('the Transferlab server is not reachable');
    await page.unroute('**/graphql');
    await runsPage.retry.click();
    await expect(runsPage.loadError).toHaveCount(0);
    await expect(runsPage.table.or(runsPage.empty)).toBeVisible();
  });

  test("an unknown run id shows the server's error", async ({ runPage }) => {
    await runPage.goto('no-such-run');
    await expect(runPage.loadError).toBeVisible();
  });

  test('the new-run form checks params against the schema before sending anything', async ({
    newRunPage,
    page,
  }) => {
    let sent = 0;
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/graphql') && (r.postData() ?? '').includes('StartRun'))
        sent++;
    });
    await newRunPage.goto();
    await newRunPage.fill({ sources: [naturalZooModel().id], targets: ['mnist'], n: ['twenty'] });
    await newRunPage.submit.click();
    await expect(newRunPage.validationErrors).toContainText('must be integer');
    expect(sent).toBe(0);
  });

  test("the new-run form shows the server's refusal and stays on the form", async ({
    loggedIn: _,
    newRunPage,
    page,
  }) => {
    await newRunPage.goto();
    // cifar-10 is registered but its files are not supplied here: the server refuses the run.
    await newRunPage.fill({
      sources: [naturalZooModel().id],
      targets: ['cifar-10'],
      n: [20],
      seeds: [0],
      epochs: 1,
    });
    await newRunPage.submit.click();
    await expect(newRunPage.refused).toContainText(
      "params for analysis 'transfer': a dataset could not be read",
    );
    await expect(page).toHaveURL(/\/runs\/new$/);
  });

  test("a depth past the source model's blocks is refused at the form, naming the source and the field", async ({
    loggedIn: _,
    newRunPage,
    page,
  }) => {
    await newRunPage.goto();
    // Such a trial used to be queued and fail in the worker; the server now refuses it before anything is stored.
    await newRunPage.fill({
      sources: [naturalZooModel().id],
      targets: ['mnist'],
      n: [20],
      depths: [50],
      seeds: [0],
      epochs: 1,
    });
    await newRunPage.submit.click();
    await expect(newRunPage.refused).toContainText('depths.0: depth 50 needs');
    await expect(newRunPage.refused).toContainText(`source '${naturalZooModel().id}'`);
    await expect(page).toHaveURL(/\/runs\/new$/);
  });

  test('the new-run form says when no analysis plugin is registered', async ({ newRunPage, page }) => {
    await page.route('**/graphql', (route) => route.fulfill(fulfilJson({ data: { plugins: [] } })));
    await newRunPage.goto();
    await expect(newRunPage.empty).toBeVisible();
  });
});
