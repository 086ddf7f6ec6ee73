import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export type ExecutionProviderSetting = 'cpu' | 'cuda' | 'auto';

export interface ProviderReport {
  /** Providers this installation can use, in preference order. */
  readonly available: readonly string[];
  /** The provider sessions will use under the given setting. */
  readonly active: 'cpu' | 'cuda';
}

export class ProviderUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProviderUnavailableError';
  }
}

/** Folder of onnxruntime-node's native binding, where provider libraries must sit. */
export function onnxRuntimeBinDir(): string {
  const pkg = require.resolve('onnxruntime-node/package.json');
  return join(dirname(pkg), 'bin', 'napi-v6', process.platform, process.arch);
}

/**
 * CUDA is usable when ONNX Runtime's CUDA provider library sits next to the binding
 * (installed by `npm run gpu:install`) and a CUDA driver is present.
 */
export function cudaAvailable(binDir: string = onnxRuntimeBinDir()): boolean {
  if (process.platform !== 'linux') return false;
  const provider = existsSync(join(binDir, 'libonnxruntime_providers_cuda.so'));
  const driver = ['/usr/lib/x86_64-linux-gnu/libcuda.so.1', '/usr/lib64/libcuda.so.1', '/usr/lib/wsl/lib/libcuda.so.1'].some(existsSync);
  return provider && driver;
}

export function resolveProviders(setting: ExecutionProviderSetting, binDir?: string): ProviderReport {
  const cuda = cudaAvailable(binDir);
  const available = cuda ? ['cuda', 'cpu'] : ['cpu'];
  if (setting === 'cuda' && !cuda) {
    throw new ProviderUnavailableError(
      'TRANSFERLAB_EXECUTION_PROVIDER=cuda but the CUDA execution provider is not installed or no CUDA driver was found; run `npm run gpu:install` (see README, GPU) or use cpu/auto',
    );
  }
  const active = setting === 'cpu' ? 'cpu' : cuda ? 'cuda' : 'cpu';
  return { available, active };
}
