export enum ResultsErrorCode {
  RunNotFound = 'RESULTS_RUN_NOT_FOUND',
  /** The run's analysis is no longer registered. */
  UnknownAnalysis = 'RESULTS_UNKNOWN_ANALYSIS',
  /** The analysis's own aggregate threw. */
  AggregateFailed = 'AGGREGATE_FAILED',
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
