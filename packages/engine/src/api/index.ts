export * from './engine-facade';
export * from './local-engine';
export * from './mutable-parameters';
export * from './plain-trainer';
