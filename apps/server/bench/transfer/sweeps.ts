import type { TransferParams } from '@transferlab/plugins-analyses';

/** Swept fields of a bench configuration; the rest are the transfer plugin's defaults. */
export type SweepSpec = Pick<TransferParams, 'n' | 'depths' | 'seeds' | 'epochs'> & {
  readonly targets: readonly string[];
};

/**
 * The reference sweep of issue 7: 2 sources (natural, L2 eps 0.5) x 2 targets x 6 data
 * budgets x depth {0, 1} x 5 seeds x 20 epochs = 240 trials per cache mode.
 */
export const REFERENCE_SWEEP: SweepSpec = {
  targets: ['mnist', 'fashion-mnist-b'],
  n: [20, 50, 100, 200, 500, 1000],
  depths: [0, 1],
  seeds: [0, 1, 2, 3, 4],
  epochs: 20,
};

/** The default: the same shape scaled down (48 trials per mode) so `npm run bench` takes minutes on 2 cores. */
export const SCALED_SWEEP: SweepSpec = {
  targets: ['mnist', 'fashion-mnist-b'],
  n: [20, 100, 500],
  depths: [0, 1],
  seeds: [0, 1],
  epochs: 5,
};

/** `--quick`: one of everything, to check the bench runs. */
export const QUICK_SWEEP: SweepSpec = {
  targets: ['mnist', 'fashion-mnist-b'],
  n: [20],
  depths: [0, 1],
  seeds: [0],
  epochs: 1,
};

/** Trials/s at one depth: natural -> mnist, n = 200, 10 epochs, 8 seeds (2 in quick mode), feature cache on. */
export const THROUGHPUT = { target: 'mnist', n: 200, epochs: 10, seeds: 8, quickSeeds: 2 } as const;

/** Recipes of the reference sweep's two sources, looked up in the zoo's manifest. */
export const SOURCE_RECIPES = ['natural', 'l2-0.5'] as const;
