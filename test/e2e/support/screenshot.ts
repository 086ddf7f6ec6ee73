import type { Locator, Page, TestInfo } from '@playwright/test';

/** A full-page screenshot kept with the test's results (test-results/ and the HTML report). */
export async function attachScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** A screenshot of one part of the page (scrolled into view), kept with the test's results. */
export async function attachElementScreenshot(
  part: Locator,
  testInfo: TestInfo,
  name: string,
): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await part.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}
