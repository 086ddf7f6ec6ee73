export enum ResultsErrorCode {
  RunNotFound = 'RESULTS_RUN_NOT_FOUND',
  UnknownBaseline = 'UNKNOWN_BASELINE',
}

export class ResultsException extends Error {
  constructor(
    readonly code: ResultsErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ResultsException';
  }
}
