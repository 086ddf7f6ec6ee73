import type { AnyPlugin } from '@transferlab/sdk';

export * from './stats';

/** The built-in analysis plugins, listed explicitly (the registry loads exactly these). */
export const plugins: readonly AnyPlugin[] = [];
