import type { ExitCode } from './exit-codes';

/** A refusal of the CLI's own (a file it cannot read, a malformed option), with its exit code. */
export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    message: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
