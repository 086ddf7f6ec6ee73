import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cudaAvailable, onnxRuntimeBinDir, ProviderUnavailableError, resolveProviders } from './providers';

const emptyBin = () => mkdtempSync(join(tmpdir(), 'ort-bin-'));

describe('execution providers', () => {
  it('finds the onnxruntime-node binding folder', () => {
    expect(onnxRuntimeBinDir()).toMatch(/onnxruntime-node\/bin\/napi-v6\/linux\/x64$/);
  });

  it('reports CPU only when the CUDA provider library is absent', () => {
    const bin = emptyBin();
    expect(cudaAvailable(bin)).toBe(false);
    expect(resolveProviders('cpu', bin)).toEqual({ available: ['cpu'], active: 'cpu' });
    expect(resolveProviders('auto', bin)).toEqual({ available: ['cpu'], active: 'cpu' });
  });

  it('refuses cuda when it is not installed, saying how to install it', () => {
    expect(() => resolveProviders('cuda', emptyBin())).toThrow(ProviderUnavailableError);
    expect(() => resolveProviders('cuda', emptyBin())).toThrow(/npm run gpu:install/);
  });

  it('needs a CUDA driver as well as the provider library', () => {
    const bin = emptyBin();
    writeFileSync(join(bin, 'libonnxruntime_providers_cuda.so'), '');
    // This machine (and CI) has no NVIDIA driver; with one, cuda would be listed first.
    const hasDriver = ['/usr/lib/x86_64-linux-gnu/libcuda.so.1', '/usr/lib64/libcuda.so.1', '/usr/lib/wsl/lib/libcuda.so.1'].some(existsSync);
    expect(cudaAvailable(bin)).toBe(hasDriver);
    expect(resolveProviders('auto', bin).active).toBe(hasDriver ? 'cuda' : 'cpu');
  });
});
