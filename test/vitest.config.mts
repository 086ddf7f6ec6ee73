import { defineConfig } from 'vitest/config';

// Cross-package integration tests; Playwright's e2e/ runs separately (npm run e2e).
export default defineConfig({ test: { include: ['integration/**/*.spec.ts'], testTimeout: 60_000 } });
