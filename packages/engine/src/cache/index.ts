export * from './feature-key';
export * from './feature-file';
export * from './feature-cache';
export * from './prefix-features';
export * from './byte-budget';
