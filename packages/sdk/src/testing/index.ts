export { assertConformance, checkConformance, ConformanceError, type ConformanceOptions, type ConformanceReport } from './conformance';
export { LinearEngine } from './linear-engine';
export { lrAt, trainSoftmaxRegression } from './softmax-regression';
export { seededRandom } from '../random';
export { createTestContext, syntheticDataset, type TestContextOptions } from './test-context';
