#!/usr/bin/env node
// Adds ONNX Runtime's CUDA execution provider to onnxruntime-node, from the npm registry only.
// onnxruntime-node's own postinstall fetches it from NuGet (skipped here, see .npmrc). The npm
// package below carries ONNX Runtime 1.29.0's CUDA provider built against CUDA 13, which pairs with
// the onnxruntime-node 1.29.0 we pin. Needs an NVIDIA driver and CUDA 13 + cuDNN 9 runtime libraries.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const PACKAGE = 'com.github.asus4.onnxruntime.linux-x64-gpu@0.4.9';
const INTEGRITY = 'sha512-FopIhNE/Ng+v2X65wVc9clPCBCvhvA53Hxo2U0Kf5fGdVsC7iCA+mZ0KLWggcQAj7TIZ6pNidR4AC10g74Xo6w==';
const LIBS = ['libonnxruntime_providers_cuda.so', 'libonnxruntime_providers_shared.so'];

if (process.platform !== 'linux' || process.arch !== 'x64') {
  console.error(`gpu:install supports linux x64 only (this is ${process.platform} ${process.arch})`);
  process.exit(1);
}
const require = createRequire(import.meta.url);
const ortPkg = require.resolve('onnxruntime-node/package.json');
const ortVersion = require('onnxruntime-node/package.json').version;
if (!ortVersion.startsWith('1.29.')) {
  console.error(`onnxruntime-node ${ortVersion} is installed; the CUDA provider in ${PACKAGE} pairs with 1.29.x`);
  process.exit(1);
}
const binDir = join(dirname(ortPkg), 'bin', 'napi-v6', 'linux', 'x64');
const work = mkdtempSync(join(tmpdir(), 'transferlab-gpu-'));
try {
  console.log(`fetching ${PACKAGE} from the npm registry (about 229 MB)...`);
  const out = execFileSync('npm', ['pack', PACKAGE, '--json', '--pack-destination', work], { encoding: 'utf8' });
  const [info] = JSON.parse(out);
  if (info.integrity !== INTEGRITY) throw new Error(`integrity mismatch: got ${info.integrity}`);
  const tarball = join(work, readdirSync(work).find((f) => f.endsWith('.tgz')));
  execFileSync('tar', ['xzf', tarball, '-C', work, ...LIBS.map((l) => `package/Plugins/Linux/x64/${l}`)]);
  for (const lib of LIBS) copyFileSync(join(work, 'package/Plugins/Linux/x64', lib), join(binDir, lib));
  console.log(`installed ${LIBS.join(', ')} into ${binDir}`);
  console.log('set TRANSFERLAB_EXECUTION_PROVIDER=cuda (or auto) to use it; the system query reports the active provider.');
} finally {
  rmSync(work, { recursive: true, force: true });
}
