export { childEnvironment, CONFIG_VARIABLES, ConfigError, loadConfig, parseConfig, type Env } from './load-config';
export type { TransferlabConfig } from './schema';
