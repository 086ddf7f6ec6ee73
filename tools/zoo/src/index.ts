export { createTrainingContext, type TrainingContextOptions } from './training/context';
export { channelStats, loadSplit, type LoadedSplit } from './training/data';
export { epsLabel, evaluateRobustness, robustKey, type RobustEvaluation } from './training/evaluate';
export { EVAL_GRID, findRecipe, RECIPES, type AdversarialSetting, type Norm, type Recipe } from './training/recipes';
export { trainRecipe, TrainingRun, type EpochLog, type TrainOptions, type TrainResult } from './training/train-model';
export { MAX_MODEL_BYTES, saveToZoo, upsertManifestEntry, zooModelId } from './save';
