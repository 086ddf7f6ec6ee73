import { defineConfig } from 'vitest/config';

// Unit tests of the dashboard's plain modules (and the generated-types drift check); pages are
// covered by the Playwright e2e tests.
export default defineConfig({ test: { include: ['src/**/*.spec.ts'] } });
