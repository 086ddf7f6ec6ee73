export { childEnvironment, clientEnvironment, CONFIG_VARIABLES, ConfigError, loadConfig, parseConfig, type ClientEnvironment, type Env } from './load-config';
export type { TransferlabConfig } from './schema';
