import type { AttackPlugin, PluginContext } from '@transferlab/sdk';
import { describe, expect, it } from 'vitest';
import { namedAttack, namedPluginError } from './named-plugins';

const PGD = { name: 'pgd', version: '1.0.0' };

describe('namedPluginError', () => {
  it('puts the plugin in front, keeping the cause', () => {
    const cause = new Error('eps must be finite');
    const e = namedPluginError('attack', PGD, cause) as Error;
    expect(e.message).toBe("attack 'pgd' 1.0.0: eps must be finite");
    expect(e.cause).toBe(cause);
  });

  it('leaves a cancel, a non-error and an already named message alone', () => {
    const abort = new DOMException('stopped', 'AbortError');
    expect(namedPluginError('attack', PGD, abort)).toBe(abort);
    expect(namedPluginError('attack', PGD, 'text')).toBe('text');
    const named = new Error("attack 'pgd' 1.0.0: x");
    expect(namedPluginError('attack', PGD, named)).toBe(named);
  });
});

describe('namedAttack', () => {
  it('names a perturb that throws synchronously or rejects', async () => {
    const sync = {
      ...PGD,
      kind: 'attack',
      perturb: () => {
        throw new Error('sync');
      },
    } as unknown as AttackPlugin;
    const ctx = {} as PluginContext;
    const input = {} as Parameters<AttackPlugin['perturb']>[0];
    await expect(namedAttack(sync).perturb(input, {}, ctx)).rejects.toThrow("attack 'pgd' 1.0.0: sync");
    const rejecting = {
      ...PGD,
      kind: 'attack',
      perturb: () => Promise.reject(new Error('async')),
    } as unknown as AttackPlugin;
    await expect(namedAttack(rejecting).perturb(input, {}, ctx)).rejects.toThrow("attack 'pgd' 1.0.0: async");
  });
});
