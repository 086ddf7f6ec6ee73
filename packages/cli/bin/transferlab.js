#!/usr/bin/env node
// The `transferlab` command: a committed entry (so npm can link it before the first build) that runs the built CLI.
'use strict';
require('../dist/main.js').main(process.argv, process.env).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`transferlab: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
