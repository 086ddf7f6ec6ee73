export {
  aggregateSaliency,
  settingLabel,
  type SaliencyAggregate,
  type SaliencyDelta,
  type SaliencyGroup,
  type SaliencySourceSummary,
} from './aggregate';
export { alignment, dilate, foregroundMasks, type Alignment, type Masks } from './alignment';
export {
  saliencyDetails,
  saliencyImage,
  type MapKind,
  type SaliencyDetails,
  type SaliencyImage,
} from './details';
export { heatmapPng, heatPixels, mapScale } from './heatmap';
export {
  IG_SPACINGS,
  integratedGradients,
  lossGradient,
  reduceChannels,
  smoothGrad,
  type Attribution,
  type IgSpacing,
  type ImageSet,
} from './methods';
export {
  SALIENCY_METHODS,
  saliencyParams,
  saliencyTrial,
  transferSetting,
  type SaliencyMethod,
  type SaliencyParams,
  type SaliencyTrial,
  type TransferSetting,
} from './params';
export { checkSaliencyParams, countSaliencyTrials, expandSaliency, saliency } from './saliency';
export { runSaliency } from './run-saliency';
export { completenessOf, type SaliencyCompleteness } from './completeness';
