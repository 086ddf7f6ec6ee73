import 'reflect-metadata';
import { loadConfig } from '@transferlab/sdk/config';
import { runServer } from './boot/run-server';

void runServer(() => loadConfig());
