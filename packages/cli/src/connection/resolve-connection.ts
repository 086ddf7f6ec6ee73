import { join, resolve } from 'node:path';
import type { ClientEnvironment } from '@transferlab/sdk/config';

/** Where a server and token come from, flags first (see resolveConnection). */
export interface ConnectionFlags {
  readonly url?: string | undefined;
  readonly token?: string | undefined;
  readonly tokenFile?: string | undefined;
  readonly config?: string | undefined;
}

/** The environment variables the CLI reads (the sdk's configuration module reads them, once). */
export type ConnectionEnv = ClientEnvironment;

export interface ConnectionHost {
  readonly homeDir: string;
  readonly cwd: string;
  /** Text of a file, or undefined when it does not exist. */
  readonly readText: (path: string) => string | undefined;
}

export interface Connection {
  readonly url: string;
  readonly token: string | undefined;
  /** Where each came from, for `transferlab config` (never the token itself). */
  readonly urlFrom: string;
  readonly tokenFrom: string;
}

/** `npm start`'s server address. */
export const DEFAULT_URL = 'http://127.0.0.1:4000';

/** A configuration problem (unreadable config file, empty token file); the message never holds a token. */
export class ConnectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConnectionError';
  }
}

interface ConfigFile {
  readonly url?: string;
  readonly token?: string;
  readonly tokenFile?: string;
}

/** The user's config file: TRANSFERLAB_CONFIG, else $XDG_CONFIG_HOME/transferlab/config.json (~/.config when unset). */
export function defaultConfigPath(env: ConnectionEnv, host: Pick<ConnectionHost, 'homeDir'>): string {
  return join(env.XDG_CONFIG_HOME || join(host.homeDir, '.config'), 'transferlab', 'config.json');
}

function readConfigFile(path: string, required: boolean, host: ConnectionHost): ConfigFile {
  const text = host.readText(path);
  if (text === undefined) {
    if (required) throw new ConnectionError(`the config file ${path} does not exist`);
    return {};
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // JSON.parse's message may quote the file's text (a token): name the file only.
    throw new ConnectionError(
      `the config file ${path} is not valid JSON; expected { "url": "...", "token": "..." } or "tokenFile"`,
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new ConnectionError(`the config file ${path} must hold a JSON object`);
  const allowed = ['url', 'token', 'tokenFile'];
  for (const [key, value] of Object.entries(data)) {
    if (!allowed.includes(key))
      throw new ConnectionError(
        `the config file ${path} has an unknown key "${key}"; it may have ${allowed.join(', ')}`,
      );
    if (typeof value !== 'string' || value === '')
      throw new ConnectionError(`the config file ${path}: "${key}" must be a non-empty string`);
  }
  const config = data as ConfigFile;
  // A relative tokenFile is relative to the config file.
  return config.tokenFile !== undefined
    ? { ...config, tokenFile: resolve(path, '..', config.tokenFile) }
    : config;
}

function readTokenFile(path: string, what: string, host: ConnectionHost): string {
  const text = host.readText(path);
  if (text === undefined) throw new ConnectionError(`${what} ${path} does not exist`);
  const token = text.trim();
  if (token === '') throw new ConnectionError(`${what} ${path} is empty`);
  return token;
}

/**
 * The server URL and token, each from the first place that has it:
 * 1. flags: --url, --token (visible to other local users in `ps`), --token-file;
 * 2. environment: TRANSFERLAB_URL, TRANSFERLAB_TOKEN;
 * 3. the config file (--config, TRANSFERLAB_CONFIG, ~/.config/transferlab/config.json): url, token or tokenFile;
 * 4. defaults: http://127.0.0.1:4000, and, only for that default server, the token `npm start`'s
 *    server wrote into ./.transferlab/api-token (its default data directory).
 */
export function resolveConnection(
  flags: ConnectionFlags,
  env: ConnectionEnv,
  host: ConnectionHost,
): Connection {
  const explicitConfig = flags.config ?? (env.TRANSFERLAB_CONFIG || undefined);
  const configPath =
    explicitConfig !== undefined ? resolve(host.cwd, explicitConfig) : defaultConfigPath(env, host);
  const config = readConfigFile(configPath, explicitConfig !== undefined, host);

  const [url, urlFrom] =
    flags.url !== undefined
      ? [flags.url, '--url']
      : env.TRANSFERLAB_URL
        ? [env.TRANSFERLAB_URL, 'TRANSFERLAB_URL']
        : config.url !== undefined
          ? [config.url, `config file ${configPath}`]
          : [DEFAULT_URL, 'default'];

  let token: string | undefined;
  let tokenFrom: string;
  if (flags.token !== undefined) [token, tokenFrom] = [flags.token, '--token'];
  else if (flags.tokenFile !== undefined) {
    const path = resolve(host.cwd, flags.tokenFile);
    [token, tokenFrom] = [readTokenFile(path, 'the token file', host), `--token-file ${path}`];
  } else if (env.TRANSFERLAB_TOKEN) [token, tokenFrom] = [env.TRANSFERLAB_TOKEN, 'TRANSFERLAB_TOKEN'];
  else if (config.token !== undefined) [token, tokenFrom] = [config.token, `config file ${configPath}`];
  else if (config.tokenFile !== undefined)
    [token, tokenFrom] = [
      readTokenFile(config.tokenFile, 'the tokenFile of the config file,', host),
      `tokenFile ${config.tokenFile}`,
    ];
  else {
    const local = urlFrom === 'default' ? join(host.cwd, '.transferlab', 'api-token') : undefined;
    const saved = local !== undefined ? host.readText(local)?.trim() : undefined;
    [token, tokenFrom] = saved ? [saved, `the local server's ${local}`] : [undefined, 'none'];
  }
  return { url, token: token === '' ? undefined : token, urlFrom, tokenFrom };
}
