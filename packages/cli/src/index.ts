export { main, describeError, type Host } from './main';
export { EXIT, EXIT_CODES_HELP, type ExitCode } from './exit-codes';
export { parseSweep, SweepFileError, type SweepFile, type SweepIssue } from './sweep/sweep-file';
export { resolveConnection, type Connection } from './connection/resolve-connection';
