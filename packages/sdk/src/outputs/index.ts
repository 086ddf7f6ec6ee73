export * from './columns';
export * from './outputs';
export * from './tables';
export * from './views';
export * from './compute';
