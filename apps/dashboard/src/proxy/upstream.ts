import type { TransferlabConfig } from '@transferlab/sdk/config';

/** The server's GraphQL endpoint as seen from the dashboard's process (same machine). */
export function graphqlUpstream(config: Pick<TransferlabConfig, 'host' | 'serverPort'>): string {
  // A wildcard listen address is not something to connect to: use loopback.
  const host = config.host === '0.0.0.0' ? '127.0.0.1' : config.host === '::' ? '::1' : config.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${config.serverPort}/graphql`;
}
