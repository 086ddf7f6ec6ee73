import { ProviderUnavailableError } from '@transferlab/engine';
import {
  DuplicatePluginError,
  InvalidPluginError,
  PluginConfigError,
  RegistryFrozenError,
  UnknownPluginError,
} from '@transferlab/sdk';
import { ConfigError } from '@transferlab/sdk/config';
import { ModelSyncError } from '../models/models.exception';

/** Errors that are the user's configuration, not a bug: their message is the whole story. */
const CONFIGURATION_ERRORS = [
  ConfigError,
  PluginConfigError,
  DuplicatePluginError,
  InvalidPluginError,
  RegistryFrozenError,
  UnknownPluginError,
  ProviderUnavailableError,
  ModelSyncError,
] as const;

function isErrnoException(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string';
}

/** What to tell the user when start-up fails: the message for known causes, the stack otherwise. */
export function describeBootError(error: unknown, where?: { host: string; port: number }): string {
  if (CONFIGURATION_ERRORS.some((type) => error instanceof type)) return (error as Error).message;
  if (isErrnoException(error) && where && (error.code === 'EADDRINUSE' || error.code === 'EACCES')) {
    const why = error.code === 'EADDRINUSE' ? 'is already in use' : 'is not permitted';
    return `${where.host}:${where.port} ${why}; choose another port with TRANSFERLAB_SERVER_PORT or another interface with TRANSFERLAB_HOST`;
  }
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
