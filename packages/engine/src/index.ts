export * from './onnx/ir';
export * from './onnx/codec';
export * from './providers';
export * from './validate/index';
export * from './train-utils/index';
