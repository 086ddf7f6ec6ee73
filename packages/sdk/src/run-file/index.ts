export * from './run-file';
