import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ExecutionProviderSetting, ProvidersInfo } from '@transferlab/sdk';
import { listSupportedBackends } from 'onnxruntime-node';
import { GraphBuilder } from './onnx/builder';
import { encodeModel } from './onnx/codec';
import type { ActiveProvider } from './runtime/session-options';

export type { ExecutionProviderSetting } from '@transferlab/sdk';

/** The sdk's ProvidersInfo with the resolved provider typed for session creation. */
export interface ProviderReport extends ProvidersInfo {
  /** Providers this installation can use, in preference order (webgpu only once it was checked). */
  readonly available: readonly string[];
  /** The provider sessions are created with under the given setting. */
  readonly active: ActiveProvider;
  /** Why auto did not pick a GPU provider (for the logs and the API). */
  readonly fallbackReason?: string;
}

export type WebGpuProbe = { readonly ok: true } | { readonly ok: false; readonly reason: string };

export interface ResolveProvidersOptions {
  /** Folder of the onnxruntime-node binding (default: onnxRuntimeBinDir()). */
  readonly binDir?: string;
  /** Whether a WebGPU session can be created (default: probeWebGpu(), run once per process). */
  readonly webgpu?: () => WebGpuProbe;
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

const CUDA_DRIVERS = ['/usr/lib/x86_64-linux-gnu/libcuda.so.1', '/usr/lib64/libcuda.so.1', '/usr/lib/wsl/lib/libcuda.so.1'];

/** Why the CUDA provider cannot be used here, or undefined when it can. */
export function cudaUnavailableReason(binDir: string = onnxRuntimeBinDir()): string | undefined {
  if (process.platform !== 'linux') return `the CUDA provider is only set up on Linux (this is ${process.platform})`;
  if (!existsSync(join(binDir, 'libonnxruntime_providers_cuda.so'))) return `ONNX Runtime's CUDA provider (libonnxruntime_providers_cuda.so) is not installed in ${binDir}; run \`npm run gpu:install\` (see README, GPU)`;
  if (!CUDA_DRIVERS.some(existsSync)) return 'no CUDA driver was found (libcuda.so.1)';
  return undefined;
}

/**
 * CUDA is usable when ONNX Runtime's CUDA provider library sits next to the binding
 * (installed by `npm run gpu:install`) and a CUDA driver is present.
 */
export function cudaAvailable(binDir?: string): boolean {
  return cudaUnavailableReason(binDir) === undefined;
}

/** Whether this onnxruntime-node binding was built with the WebGPU provider (1.29's is: Dawn, over Vulkan on Linux). */
export function webGpuBundled(): boolean {
  return listSupportedBackends().some((b) => b.name === 'webgpu' && b.bundled);
}

/** A one-node model, Relu of x [1, 2], as base64 ONNX bytes. */
function probeModel(): string {
  const b = new GraphBuilder();
  b.output(b.op1('Relu', [b.input('x', 'float32', [1, 2])]));
  return Buffer.from(encodeModel(b.build())).toString('base64');
}

const PROBE_SCRIPT = `
const ort = require(process.argv[1]);
const done = (r) => process.stdout.write('\\n@@probe ' + JSON.stringify(r) + '\\n');
ort.InferenceSession.create(Buffer.from(process.argv[2], 'base64'), { executionProviders: ['webgpu'] })
  .then((s) => s.run({ x: new ort.Tensor('float32', Float32Array.of(-1, 2), [1, 2]) }))
  .then((out) => { const y = Array.from(Object.values(out)[0].data); done(y[0] === 0 && y[1] === 2 ? { ok: true } : { ok: false, error: 'the WebGPU session computed Relu([-1, 2]) = [' + y.join(', ') + ']' }); })
  .catch((e) => done({ ok: false, error: String((e && e.message) || e) }));
`;

/** Lines of a native library's diagnostics worth quoting (Dawn's adapter warnings), without stack frames. */
function diagnostics(stderr: string): string[] {
  const lines = stderr.split('\n').map((l) => l.trim()).filter((l) => l.length > 0 && !l.startsWith('at ') && !l.startsWith('npm warn'));
  return [...new Set(lines)].slice(0, 6);
}

let webGpuProbe: WebGpuProbe | undefined;

/**
 * Creates and runs a one-node WebGPU session in a child process (a GPU driver that faults
 * must not take this process down), once per process. Without an adapter the reason is
 * ONNX Runtime's error with Dawn's own diagnostics, e.g. "Failed to get a WebGPU adapter:
 * No supported adapters" after "Couldn't load Vulkan: libvulkan.so.1", or Mesa's lavapipe
 * refused with "Vulkan shaderUniform*ArrayDynamicIndexing required".
 */
export function probeWebGpu(): WebGpuProbe {
  if (webGpuProbe) return webGpuProbe;
  if (!webGpuBundled()) {
    webGpuProbe = { ok: false, reason: 'this onnxruntime-node build has no WebGPU execution provider' };
    return webGpuProbe;
  }
  const child = spawnSync(process.execPath, ['-e', PROBE_SCRIPT, require.resolve('onnxruntime-node'), probeModel()], { encoding: 'utf8', timeout: 120_000 });
  const line = child.stdout?.split('\n').find((l) => l.startsWith('@@probe '));
  const result = line ? (JSON.parse(line.slice('@@probe '.length)) as { ok: boolean; error?: string }) : undefined;
  if (result?.ok) {
    webGpuProbe = { ok: true };
  } else {
    const native = diagnostics(child.stderr ?? '');
    // ONNX Runtime's message starts with its source location and the failed check; the last sentence is the point.
    const cause = result?.error?.replace(/^[\s\S]*? was false\. /, '')
      ?? (child.error ? child.error.message : `the probe process ended with ${child.signal ? `signal ${child.signal}` : `exit code ${child.status}`} before creating a session`);
    webGpuProbe = { ok: false, reason: native.length > 0 ? `${cause.trim()} (native diagnostics: ${native.join(' | ')})` : cause.trim() };
  }
  return webGpuProbe;
}

/**
 * The provider sessions use under a setting, and what is available. cpu is always there;
 * cuda needs the provider library and a driver (a cuda setting without them is refused,
 * saying how to install); webgpu must create and run a session (checked once per process;
 * refused with the underlying reason); auto takes cuda when usable, else cpu, and says why.
 */
export function resolveProviders(setting: ExecutionProviderSetting, options: ResolveProvidersOptions | string = {}): ProviderReport {
  const o: ResolveProvidersOptions = typeof options === 'string' ? { binDir: options } : options;
  const cudaReason = cudaUnavailableReason(o.binDir);
  const available = cudaReason === undefined ? ['cuda', 'cpu'] : ['cpu'];
  switch (setting) {
    case 'cpu':
      return { available, active: 'cpu' };
    case 'cuda':
      if (cudaReason !== undefined) throw new ProviderUnavailableError(`TRANSFERLAB_EXECUTION_PROVIDER=cuda but the CUDA execution provider cannot be used: ${cudaReason}; or use cpu/auto`);
      return { available, active: 'cuda' };
    case 'webgpu': {
      const probe = (o.webgpu ?? probeWebGpu)();
      if (!probe.ok) throw new ProviderUnavailableError(`TRANSFERLAB_EXECUTION_PROVIDER=webgpu but ONNX Runtime could not create a WebGPU session: ${probe.reason}; use cpu, cuda or auto`);
      return { available: ['webgpu', ...available], active: 'webgpu' };
    }
    case 'auto':
      return cudaReason === undefined ? { available, active: 'cuda' } : { available, active: 'cpu', fallbackReason: `auto: no usable GPU provider, running on cpu (cuda: ${cudaReason})` };
  }
}
