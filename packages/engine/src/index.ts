export * from './onnx/ir';
export * from './onnx/codec';
export * from './providers';
