import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// esbuild (vitest's default transform) drops decorator metadata, which NestJS's DI and
// @nestjs/graphql's code-first types need; SWC emits it.
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  // graphql ships CommonJS (main) and ESM (module) copies; Node, and so @nestjs/graphql,
  // loads the CommonJS one. Vite would pick the ESM one for our files, and two copies of
  // graphql reject each other's types.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
