export * from './metadata';
export * from './classifier';
export * from './import';
export * from './model-path';
