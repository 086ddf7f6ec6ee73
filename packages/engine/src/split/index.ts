export * from './blocks';
export * from './split-model';
