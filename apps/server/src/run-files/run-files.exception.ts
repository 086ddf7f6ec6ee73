/** What went wrong exporting or importing a run file; each maps to one HTTP status. */
export enum RunFilesErrorCode {
  RunNotFound = 'RUN_NOT_FOUND',
  RunNotFinished = 'RUN_NOT_FINISHED',
  FileTooLarge = 'RUN_FILE_TOO_LARGE',
  ContentType = 'RUN_FILE_CONTENT_TYPE',
  InvalidFile = 'INVALID_RUN_FILE',
  AlreadyImported = 'RUN_ALREADY_IMPORTED',
}

export class RunFilesException extends Error {
  constructor(
    readonly code: RunFilesErrorCode,
    message: string,
    /** The file's field the refusal is about (a dotted path), when there is one. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'RunFilesException';
  }
}
