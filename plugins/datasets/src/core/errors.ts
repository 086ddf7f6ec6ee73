/**
 * Raised when a dataset file or folder is refused. The message always names the file (or
 * folder) and the problem, so a user can fix the input without reading code.
 */
export class DatasetInputError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'DatasetInputError';
  }
}
