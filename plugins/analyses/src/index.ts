import type { AnyPlugin } from '@transferlab/sdk';

/** The built-in analyses plugins, listed explicitly (the registry loads exactly these). */
export const plugins: readonly AnyPlugin[] = [];
