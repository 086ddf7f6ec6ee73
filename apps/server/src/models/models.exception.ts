/** What went wrong with a models request; each maps to one GraphQL error code (and HTTP status for uploads). */
export enum ModelsErrorCode {
  ModelNotFound = 'MODEL_NOT_FOUND',
  UnknownModels = 'UNKNOWN_MODELS',
  DuplicateModel = 'DUPLICATE_MODEL',
  UploadNotFound = 'UPLOAD_NOT_FOUND',
  UploadTooLarge = 'UPLOAD_TOO_LARGE',
  UploadContentType = 'UPLOAD_CONTENT_TYPE',
  /** The file is not a model the engine accepts: not ONNX, truncated, external data, an unsupported op, too large. */
  InvalidModelFile = 'INVALID_MODEL_FILE',
  /** The file is ONNX but does not fit what the input says (input spec, feature tensor, blocks, training). */
  InvalidModelInput = 'INVALID_MODEL_INPUT',
  ModelInUse = 'MODEL_IN_USE',
  ModelManaged = 'MODEL_MANAGED',
}

export class ModelsException extends Error {
  constructor(
    readonly code: ModelsErrorCode,
    message: string,
    /** The input field at fault (`id`, `input`, `training`, ...), when it is one. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ModelsException';
  }
}

/** A configured or plugin model that cannot be synced at boot: start-up stops with this message, which names it. */
export class ModelSyncError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelSyncError';
  }
}
