export * from './blocks';
export * from './split-model';
export * from './cut-points';
export * from './module-blocks';
