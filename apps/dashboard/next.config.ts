import { resolve } from 'node:path';
import type { NextConfig } from 'next';

const repositoryRoot = resolve(__dirname, '..', '..');

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  outputFileTracingRoot: repositoryRoot,
  turbopack: {
    // npm workspaces hoist packages to the repository root.
    root: repositoryRoot,
    // The GraphQL proxy reads the sdk's configuration module at run time; its checks of
    // user-given paths make Turbopack warn about tracing the whole project, which only
    // matters for standalone deployments (the dashboard runs in place with `next start`).
    ignoreIssue: [{ path: '**/packages/sdk/dist/config/**', title: /Dynamic filesystem access/ }],
  },
};

export default nextConfig;
