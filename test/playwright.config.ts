import { defineConfig, devices } from '@playwright/test';

// CI is the one variable the test tooling reads; the platform itself is configured through
// TRANSFERLAB_* variables set by the global setup for the processes it starts.
const ci = !!process.env.CI;

/** Debian's Chromium (apt-get install chromium), not a downloaded browser: installs stay offline. */
const CHROMIUM = '/usr/bin/chromium';

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  outputDir: './test-results',
  // Starts the real server and dashboard once, on a temporary data directory and free ports.
  globalSetup: './e2e/global-setup.ts',
  forbidOnly: ci,
  retries: ci ? 1 : 0,
  // The machines are small (2 cores) and every test shares one platform.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: ci ? [['list'], ['html', { open: 'never', outputFolder: './playwright-report' }]] : [['list']],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
});
