import type { AnyPlugin } from '@transferlab/sdk';
import { influence } from './influence';
import { robustness } from './robustness';
import { saliency } from './saliency';
import { transfer } from './transfer';

export * from './influence';
export * from './robustness';
export * from './saliency';
export * from './stats';
export * from './transfer';

/** The built-in analysis plugins, listed explicitly (the registry loads exactly these). */
export const plugins: readonly AnyPlugin[] = [transfer, robustness, influence, saliency];
