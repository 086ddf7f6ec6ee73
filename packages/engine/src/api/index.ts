export * from './local-engine';
export * from './mutable-parameters';
