import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ortSessionOptions } from './runtime/session-options';
import { cudaAvailable, onnxRuntimeBinDir, probeWebGpu, ProviderUnavailableError, resolveProviders, webGpuBundled } from './providers';

const emptyBin = () => mkdtempSync(join(tmpdir(), 'ort-bin-'));

describe('execution providers', () => {
  it('finds the onnxruntime-node binding folder', () => {
    expect(onnxRuntimeBinDir()).toMatch(/onnxruntime-node\/bin\/napi-v6\/linux\/x64$/);
  });

  it('reports CPU only when the CUDA provider library is absent', () => {
    const bin = emptyBin();
    expect(cudaAvailable(bin)).toBe(false);
    expect(resolveProviders('cpu', { binDir: bin })).toEqual({ available: ['cpu'], active: 'cpu' });
  });

  it('auto without a GPU provider resolves to cpu and says why', () => {
    const r = resolveProviders('auto', { binDir: emptyBin() });
    expect(r).toMatchObject({ available: ['cpu'], active: 'cpu' });
    expect(r.fallbackReason).toMatch(/^auto: no usable GPU provider, running on cpu \(cuda: .*libonnxruntime_providers_cuda\.so.*npm run gpu:install/);
  });

  it('refuses cuda when it is not installed, saying how to install it', () => {
    expect(() => resolveProviders('cuda', { binDir: emptyBin() })).toThrow(ProviderUnavailableError);
    expect(() => resolveProviders('cuda', { binDir: emptyBin() })).toThrow(/npm run gpu:install/);
  });

  it('needs a CUDA driver as well as the provider library', () => {
    const bin = emptyBin();
    writeFileSync(join(bin, 'libonnxruntime_providers_cuda.so'), '');
    // This machine (and CI) has no NVIDIA driver; with one, cuda would be listed first.
    const hasDriver = ['/usr/lib/x86_64-linux-gnu/libcuda.so.1', '/usr/lib64/libcuda.so.1', '/usr/lib/wsl/lib/libcuda.so.1'].some(existsSync);
    expect(cudaAvailable(bin)).toBe(hasDriver);
    expect(resolveProviders('auto', { binDir: bin }).active).toBe(hasDriver ? 'cuda' : 'cpu');
  });

  it('webgpu: a working probe makes it active, a failing one is refused with its reason', () => {
    const bin = emptyBin();
    expect(resolveProviders('webgpu', { binDir: bin, webgpu: () => ({ ok: true }) })).toEqual({ available: ['webgpu', 'cpu'], active: 'webgpu' });
    expect(() => resolveProviders('webgpu', { binDir: bin, webgpu: () => ({ ok: false, reason: 'no adapter (test)' }) }))
      .toThrow('TRANSFERLAB_EXECUTION_PROVIDER=webgpu but ONNX Runtime could not create a WebGPU session: no adapter (test); use cpu, cuda or auto');
  });

  it('webgpu on this machine: the binding ships the provider; without a usable adapter the session is refused with the native reason', () => {
    // onnxruntime-node 1.29 bundles the WebGPU provider (Dawn over Vulkan on Linux). This
    // machine, like CI, has no GPU adapter Dawn accepts, so the probe (a child process) fails;
    // on a machine with one, webgpu resolves.
    expect(webGpuBundled()).toBe(true);
    const probe = probeWebGpu();
    expect(probeWebGpu()).toBe(probe); // once per process
    if (probe.ok) {
      expect(resolveProviders('webgpu').active).toBe('webgpu');
      return;
    }
    expect(probe.reason).toMatch(/adapter|Vulkan/i);
    expect(() => resolveProviders('webgpu')).toThrow(ProviderUnavailableError);
    expect(() => resolveProviders('webgpu')).toThrow(`ONNX Runtime could not create a WebGPU session: ${probe.reason}`);
  });

  it('session options: GPU providers list cpu after them; threads as given', () => {
    expect(ortSessionOptions({ provider: 'webgpu', intraOpNumThreads: 2 })).toEqual({ executionProviders: ['webgpu', 'cpu'], intraOpNumThreads: 2, executionMode: 'sequential', graphOptimizationLevel: 'all' });
    expect(ortSessionOptions({ provider: 'cuda' }).executionProviders).toEqual(['cuda', 'cpu']);
    expect(ortSessionOptions()).toEqual({ executionProviders: ['cpu'], executionMode: 'sequential', graphOptimizationLevel: 'all' });
  });
});
