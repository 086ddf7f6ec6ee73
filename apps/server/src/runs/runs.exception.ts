/** What went wrong with a runs request; each maps to one GraphQL error code. */
export enum RunsErrorCode {
  UnknownAnalysis = 'UNKNOWN_ANALYSIS',
  InvalidParams = 'INVALID_PARAMS',
  RunNotFound = 'RUN_NOT_FOUND',
  RunFinished = 'RUN_FINISHED',
}

export class RunsException extends Error {
  constructor(
    readonly code: RunsErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RunsException';
  }
}
