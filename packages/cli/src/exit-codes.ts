/**
 * Exit codes scripts can rely on (documented in `transferlab --help` and the README). Distinct
 * codes for "fix your token", "fix your file" and "the server is down" let a scheduler decide
 * whether a retry can help.
 */
export const EXIT = {
  /** Done; with --watch, the run completed with every trial done. */
  OK: 0,
  /** The watched run ended FAILED or CANCELLED, or completed with failed trials. */
  RUN_FAILED: 1,
  /** No API token, or the server refused it. */
  UNAUTHENTICATED: 2,
  /** Wrong input: usage, a sweep file that does not read or that the server refuses, a refused model file, a table the run's analysis lacks. */
  INVALID_INPUT: 3,
  /** No such run or model. */
  NOT_FOUND: 4,
  /** The request conflicts with the state: the run already finished, the model id is taken or in use. */
  CONFLICT: 5,
  /** The server is unreachable or answered something unexpected. */
  SERVER_ERROR: 6,
  /** Ctrl-C while watching (128 + SIGINT, as shells report it); the run goes on. */
  INTERRUPTED: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The table `--help` prints. */
export const EXIT_CODES_HELP = `Exit codes:
  0    done (with --watch: the run completed, every trial done)
  1    the watched run ended failed or cancelled, or some of its trials failed
  2    unauthenticated: no API token, or the server refused it
  3    invalid input: usage, a sweep file that does not read or that the server refuses, a refused model,
       a table the run's analysis lacks or table options or a filter it refuses
  4    not found: no such run or model
  5    conflict: the run already finished (or, for export, is still going), the model id is taken or
       in use, the run file is already imported
  6    the server is unreachable or answered something unexpected
  130  Ctrl-C while watching (the run goes on)`;

/** The exit code for a server error code (TransferlabError.code). */
export function exitCodeForServerError(code: string): ExitCode {
  switch (code) {
    case 'UNAUTHENTICATED':
      return EXIT.UNAUTHENTICATED;
    case 'BAD_USER_INPUT':
    case 'GRAPHQL_VALIDATION_FAILED':
      return EXIT.INVALID_INPUT;
    case 'NOT_FOUND':
      return EXIT.NOT_FOUND;
    case 'CONFLICT':
      return EXIT.CONFLICT;
    default:
      return EXIT.SERVER_ERROR;
  }
}
