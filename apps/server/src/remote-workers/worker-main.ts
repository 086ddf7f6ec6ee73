#!/usr/bin/env node
// The worker command (`transferlab-worker`, `npm run worker`): trial workers for a bullmq queue.
import 'reflect-metadata';
import { loadConfig } from '@transferlab/sdk/config';
import { runWorkerCommand } from './worker-command';

void runWorkerCommand(process.argv.slice(2), () => loadConfig());
