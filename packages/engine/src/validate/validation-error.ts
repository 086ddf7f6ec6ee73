/** Why a model was refused before ONNX Runtime saw it. */
export enum ModelValidationCode {
  TooLarge = 'TOO_LARGE',
  NotOnnx = 'NOT_ONNX',
  ExternalData = 'EXTERNAL_DATA',
  TooManyNodes = 'TOO_MANY_NODES',
  TooManyInitializers = 'TOO_MANY_INITIALIZERS',
  UnsupportedOp = 'UNSUPPORTED_OP',
  ControlFlow = 'CONTROL_FLOW',
  Malformed = 'MALFORMED',
  TensorTooLarge = 'TENSOR_TOO_LARGE',
}

export class ModelValidationError extends Error {
  constructor(
    readonly code: ModelValidationCode,
    message: string,
  ) {
    super(message);
    this.name = 'ModelValidationError';
  }
}
