#!/usr/bin/env node
// The `transferlab` command: a committed entry (so npm can link it before the first build) that runs the built CLI.
'use strict';
const { join } = require('node:path');

const built = join(__dirname, '..', 'dist', 'main.js');
let cli;
try {
  cli = require(built);
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes(built)) {
    process.stderr.write('transferlab: the command is not built yet: run `npm run build` (or `npm start`) at the repository root\n');
    process.exit(6);
  }
  throw error;
}
cli.main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`transferlab: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 6;
  },
);
