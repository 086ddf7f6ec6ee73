import type { AnyPlugin } from '@transferlab/sdk';
import { onnxSource } from './onnx/onnx-plugin';
import { zoo } from './zoo/zoo-plugin';

export { METADATA_KEYS, readInputSpec, readTraining, writeMetadata, type ModelMetadata } from './architecture/metadata';
export { architectureName, buildResNet, type BuiltResNet, type ResNetConfig } from './architecture/resnet';
export { inspectClassifier, ModelImportError, type ClassifierLayout, type DeclaredLayout } from './onnx/inspect';
export { ModelPathError, resolveModelPath } from './onnx/model-path';
export { importOnnxModel, onnxSource, type ImportOptions } from './onnx/onnx-plugin';
export { evaluateRobustness, robustKey, type RobustEvaluation } from './training/evaluate';
export { EVAL_GRID, findRecipe, RECIPES, type AdversarialSetting, type Recipe } from './training/recipes';
export { trainRecipe, type EpochLog, type TrainOptions, type TrainResult } from './training/train-model';
export { readManifest, type Manifest, type ManifestEntry } from './zoo/manifest';
export { MAX_MODEL_BYTES, saveToZoo } from './zoo/save';
export { BUNDLED_ZOO_DIR, zoo, zooSource } from './zoo/zoo-plugin';

/** The built-in models plugins, listed explicitly (the registry loads exactly these). */
export const plugins: readonly AnyPlugin[] = [zoo, onnxSource];
