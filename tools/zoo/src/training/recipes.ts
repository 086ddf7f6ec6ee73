import type { ResNetConfig } from '@transferlab/engine';

export type Norm = 'L2' | 'Linf';

/** How training examples are perturbed: PGD-k (Madry et al.) or FGSM with a random start (Wong et al.). */
export interface AdversarialSetting {
  readonly attack: 'pgd' | 'fgsm';
  readonly norm: Norm;
  readonly eps: number;
  /** PGD: per-step size; FGSM-RS: the one step (default 1.25 * eps). */
  readonly stepSize: number;
  readonly steps: number;
  readonly randomStart: boolean;
}

export interface Recipe {
  readonly name: string;
  readonly description: string;
  readonly dataset: string;
  readonly architecture: Pick<ResNetConfig, 'width' | 'blocks'>;
  readonly seed: number;
  readonly epochs: number;
  readonly batchSize: number;
  /** SGD with momentum 0.9 (Nesterov) and weight decay; cosine decay after a linear warm-up. */
  readonly lr: number;
  readonly weightDecay: number;
  readonly warmupEpochs: number;
  /** Random crop with zero padding and horizontal flip (clothing keeps its class when mirrored). */
  readonly augment: { readonly padding: number; readonly horizontalFlip: boolean };
  readonly adversarial?: AdversarialSetting;
  /** Final evaluation: PGD steps and the eps grid per norm; robust accuracy on the first evalSize test images. */
  readonly evaluation: { readonly pgdSteps: number; readonly grid: Readonly<Record<Norm, readonly number[]>>; readonly evalSize: number };
}

/** Per-norm eps grid of the final evaluation; every recipe's own eps is in it. */
export const EVAL_GRID: Readonly<Record<Norm, readonly number[]>> = { L2: [0.25, 0.5, 1], Linf: [2 / 255, 4 / 255, 8 / 255] };

const base = {
  dataset: 'fashion-mnist-a',
  architecture: { width: 16, blocks: [1, 1, 1] },
  seed: 0,
  epochs: 10,
  batchSize: 128,
  lr: 0.1,
  weightDecay: 5e-4,
  warmupEpochs: 1,
  augment: { padding: 2, horizontalFlip: true },
  evaluation: { pgdSteps: 20, grid: EVAL_GRID, evalSize: 1000 },
} as const;

/**
 * PGD-3 with step 2.5 * eps / 3 and a random start: the reference study's robust ImageNet sources
 * were trained with 3 attack steps; 7 (Madry et al.) costs twice as much here for little gain at these eps.
 */
function pgdTraining(norm: Norm, eps: number): AdversarialSetting {
  return { attack: 'pgd', norm, eps, stepSize: (2.5 * eps) / 3, steps: 3, randomStart: true };
}

/** Adversarial epochs cost ~2.5x (PGD-3) a natural one; 6 epochs keep the whole zoo within an hour on 2 cores. */
const ADVERSARIAL_EPOCHS = 6;

const robust = (name: string, norm: Norm, eps: number, label: string): Recipe => ({
  ...base,
  name,
  epochs: ADVERSARIAL_EPOCHS,
  description: `PGD-3 adversarial training, ${norm} eps ${label}, on fashion-mnist-a`,
  adversarial: pgdTraining(norm, eps),
});

export const RECIPES: readonly Recipe[] = [
  { ...base, name: 'natural', description: 'Natural (standard) training on fashion-mnist-a' },
  robust('l2-0.25', 'L2', 0.25, '0.25'),
  robust('l2-0.5', 'L2', 0.5, '0.5'),
  robust('l2-1', 'L2', 1, '1.0'),
  robust('linf-4', 'Linf', 4 / 255, '4/255'),
  robust('linf-8', 'Linf', 8 / 255, '8/255'),
  {
    ...base,
    name: 'fast-linf-8',
    epochs: ADVERSARIAL_EPOCHS,
    description: 'Fast adversarial training (FGSM with random start, step 1.25 eps), Linf eps 8/255, on fashion-mnist-a',
    adversarial: { attack: 'fgsm', norm: 'Linf', eps: 8 / 255, stepSize: 1.25 * (8 / 255), steps: 1, randomStart: true },
  },
];

export function findRecipe(name: string): Recipe {
  const r = RECIPES.find((x) => x.name === name);
  if (!r) throw new Error(`no recipe '${name}'; available: ${RECIPES.map((x) => x.name).join(', ')}`);
  return r;
}
