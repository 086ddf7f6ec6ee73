import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProviderUnavailableError } from '../providers';
import { sessionOptions } from './session-options';

describe('sessionOptions', () => {
  const noCuda = () => mkdtempSync(join(tmpdir(), 'ort-bin-'));

  it('uses the configured thread count and the CPU provider', () => {
    expect(sessionOptions({ threads: 3, executionProvider: 'cpu' })).toEqual({
      executionProviders: ['cpu'], intraOpNumThreads: 3, interOpNumThreads: 1, executionMode: 'sequential', graphOptimizationLevel: 'all',
    });
  });

  it('falls back to CPU under auto when CUDA is not installed', () => {
    expect(sessionOptions({ threads: 1, executionProvider: 'auto' }, noCuda()).executionProviders).toEqual(['cpu']);
  });

  it('refuses cuda when it is not installed', () => {
    expect(() => sessionOptions({ threads: 1, executionProvider: 'cuda' }, noCuda())).toThrow(ProviderUnavailableError);
  });
});
