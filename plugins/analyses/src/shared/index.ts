export { naturalBaseline } from './baseline';
export { byText, groupBy } from './group-by';
export { interval } from './interval';
export {
  epsLabel,
  manifestFigures,
  manifestRobustAccuracy,
  parseRobustKey,
  sameEps,
  type ManifestFigure,
} from './robust-key';
