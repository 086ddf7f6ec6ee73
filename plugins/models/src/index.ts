import type { AnyPlugin } from '@transferlab/sdk';
import { zoo } from './zoo/zoo-plugin';

export { evaluateRobustness, robustKey, type RobustEvaluation } from './training/evaluate';
export { EVAL_GRID, findRecipe, RECIPES, type AdversarialSetting, type Recipe } from './training/recipes';
export { trainRecipe, type EpochLog, type TrainOptions, type TrainResult } from './training/train-model';
export { readManifest, type Manifest, type ManifestEntry } from './zoo/manifest';
export { MAX_MODEL_BYTES, saveToZoo } from './zoo/save';
export { BUNDLED_ZOO_DIR, zoo, zooSource } from './zoo/zoo-plugin';

/** The built-in models plugins, listed explicitly (the registry loads exactly these). */
export const plugins: readonly AnyPlugin[] = [zoo];
