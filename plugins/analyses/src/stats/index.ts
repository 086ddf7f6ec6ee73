export { dataEfficiency, type BudgetPoint } from './data-efficiency';
export { pairedComparison, type PairedComparison } from './paired';
export { meanInterval, type MeanInterval } from './summary';
export { accuracyInterval, wilson, type AccuracyInterval, type SeedShare } from './accuracy-interval';
