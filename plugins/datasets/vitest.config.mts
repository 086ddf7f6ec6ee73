import { defineConfig } from 'vitest/config';

// Bundled Fashion-MNIST decodes in 1-2 s alone, but several times that on a loaded 2-core
// machine beside other packages' tasks; the 5 s default would fail there for no real fault.
export default defineConfig({ test: { include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'], testTimeout: 60_000 } });
