export * from './interpolation';
export * from './preprocess-graph';
export * from './prepend';
