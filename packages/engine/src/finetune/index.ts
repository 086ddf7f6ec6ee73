export * from './types';
export * from './new-head';
export * from './cut';
export * from './run-batches';
export * from './fine-tune';
export * from './service';
