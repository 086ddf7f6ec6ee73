export { baselineOptions, checkNamedBaseline, naturalBaseline, type BaselineOptions } from './baseline';
export {
  datasetRefSchema,
  datasetSpec,
  datasetViews,
  storedDatasetKey,
  targetNames,
  viewDataset,
} from './datasets';
export {
  BLOCK_DEPTH_HELP,
  blockDepth,
  fineTuneHyper,
  fineTuneParams,
  fineTuneTrialFields,
  learningRate,
  learningRates,
  REFERENCE_FINE_TUNE,
  seedSchema,
  type FineTuneSettings,
} from './fine-tune';
export { byText, groupBy } from './group-by';
export { interval, shareInterval } from './interval';
export {
  epsLabel,
  manifestFigures,
  manifestRobustAccuracy,
  parseRobustKey,
  sameEps,
  type ManifestFigure,
} from './robust-key';
export { TEST_SUBSET_SEED, testSubset, trainSubset, type SubsetOwner } from './subsets';
