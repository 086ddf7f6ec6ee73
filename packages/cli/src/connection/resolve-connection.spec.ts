import { describe, expect, it } from 'vitest';
import { ConnectionError, resolveConnection, type ConnectionEnv, type ConnectionFlags } from './resolve-connection';

const HOME = '/home/ada';
const CWD = '/work/repo';
const SECRET = 'token-from-config-0123456789';

/** A host whose files are the given map. */
const host = (files: Record<string, string>) => ({ homeDir: HOME, cwd: CWD, readText: (p: string) => files[p] });

const CONFIG = `${HOME}/.config/transferlab/config.json`;

describe('resolveConnection precedence', () => {
  const files = {
    [CONFIG]: JSON.stringify({ url: 'http://config:4000', token: SECRET }),
    [`${CWD}/tok`]: 'token-from-file\n',
    [`${CWD}/.transferlab/api-token`]: 'local-token\n',
  };
  it.each<[string, ConnectionFlags, ConnectionEnv, string, string | undefined, string]>([
    ['flags win', { url: 'http://flag:1', token: 'flag-token' }, { TRANSFERLAB_URL: 'http://env:1', TRANSFERLAB_TOKEN: 'env-token' }, 'http://flag:1', 'flag-token', '--token'],
    ['--token-file next', { tokenFile: 'tok' }, { TRANSFERLAB_TOKEN: 'env-token' }, 'http://config:4000', 'token-from-file', `--token-file ${CWD}/tok`],
    ['then the environment', {}, { TRANSFERLAB_URL: 'http://env:1', TRANSFERLAB_TOKEN: 'env-token' }, 'http://env:1', 'env-token', 'TRANSFERLAB_TOKEN'],
    ['then the config file', {}, {}, 'http://config:4000', SECRET, `config file ${CONFIG}`],
  ])('%s', (_what, flags, env, url, token, tokenFrom) => {
    expect(resolveConnection(flags, env, host(files))).toMatchObject({ url, token, tokenFrom });
  });

  it('falls back to the default server and the local data directory token', () => {
    const local = { [`${CWD}/.transferlab/api-token`]: 'local-token\n' };
    expect(resolveConnection({}, {}, host(local))).toEqual({
      url: 'http://127.0.0.1:4000',
      urlFrom: 'default',
      token: 'local-token',
      tokenFrom: `the local server's ${CWD}/.transferlab/api-token`,
    });
  });

  it('never sends the local token to a server named elsewhere', () => {
    const local = { [`${CWD}/.transferlab/api-token`]: 'local-token\n' };
    expect(resolveConnection({ url: 'http://lab:4000' }, {}, host(local)).token).toBeUndefined();
  });

  it('reads XDG_CONFIG_HOME, TRANSFERLAB_CONFIG and --config, and a tokenFile relative to the config', () => {
    const xdg = { '/xdg/transferlab/config.json': JSON.stringify({ url: 'http://xdg:1' }) };
    expect(resolveConnection({}, { XDG_CONFIG_HOME: '/xdg' }, host(xdg)).url).toBe('http://xdg:1');
    const own = { '/etc/tl.json': JSON.stringify({ url: 'http://own:1', tokenFile: 'secret/token' }), '/etc/secret/token': 'tf\n' };
    expect(resolveConnection({}, { TRANSFERLAB_CONFIG: '/etc/tl.json' }, host(own))).toMatchObject({ url: 'http://own:1', token: 'tf' });
    expect(resolveConnection({ config: '/etc/tl.json' }, {}, host(own))).toMatchObject({ url: 'http://own:1', token: 'tf' });
  });

  it.each([
    ['a named config file that is missing', { config: '/nope.json' }, {}, /the config file \/nope\.json does not exist/],
    ['a config file that is not JSON', {}, { [CONFIG]: `{ "token": "${SECRET}" ` }, /is not valid JSON/],
    ['a config file with an unknown key', {}, { [CONFIG]: JSON.stringify({ tokn: SECRET }) }, /unknown key "tokn"/],
    ['an empty token file', { tokenFile: 'empty' }, { [`${CWD}/empty`]: '\n' }, /the token file \/work\/repo\/empty is empty/],
  ] as const)('refuses %s without quoting any token', (_what, flags, files, message) => {
    let error: unknown;
    try {
      resolveConnection(flags, {}, host(files));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain(SECRET);
  });
});
