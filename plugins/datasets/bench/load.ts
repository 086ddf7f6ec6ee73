// Load time and resident memory of the bundled datasets, written to bench-results/datasets.json.
// Each measurement runs in a fresh child process (node --expose-gc), so one load's garbage
// or retained pages cannot shift another's numbers.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '@transferlab/sdk';
import { loadFashionMnist } from '../src/bundled/fashion-mnist';
import { loadMnist } from '../src/bundled/mnist';

const LOADERS = { 'fashion-mnist': loadFashionMnist, mnist: loadMnist } as const;
type Name = keyof typeof LOADERS;

const mb = (b: number) => Math.round((b / 2 ** 20) * 10) / 10;

/** Child: one load, printed as JSON on the last line. */
async function measureOnce(name: Name, cacheDir: string | undefined) {
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  gc();
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const ctx = {
    signal: new AbortController().signal,
    progress: { report: () => undefined },
    ...(cacheDir ? { cacheDir } : {}),
  };
  const ds: Dataset = await LOADERS[name](ctx);
  const loadMs = Math.round(performance.now() - t0);
  gc();
  const rss1 = process.memoryUsage().rss;
  const t1 = performance.now();
  await ds.read(
    'train',
    Array.from({ length: 256 }, (_, i) => i * 7),
  );
  const read256Ms = Math.round((performance.now() - t1) * 10) / 10;
  const images = ds.sizes.train + ds.sizes.test;
  const perImage = ds.imageShape.reduce((a, b) => a * b, 1);
  console.log(
    JSON.stringify({
      loadMs,
      rssDeltaMiB: mb(rss1 - rss0),
      // Peak resident size of the whole process (baseline included) during the load.
      peakRssMiB: mb(process.resourceUsage().maxRSS * 1024),
      baselineRssMiB: mb(rss0),
      images,
      heldUint8MiB: mb(images * perImage),
      float32SizeMiB: mb(images * perImage * 4),
      read256Ms,
    }),
  );
}

function child(name: Name, cacheDir?: string): Record<string, number> {
  const out = execFileSync(process.execPath, [...process.execArgv, __filename, name, cacheDir ?? ''], {
    encoding: 'utf8',
  });
  const last = out.trim().split('\n').pop() ?? '{}';
  return JSON.parse(last) as Record<string, number>;
}

function main() {
  const results = [];
  for (const name of Object.keys(LOADERS) as Name[]) {
    const decode = child(name);
    // Not under the OS temp folder: the bundled loaders do not cache there.
    const cacheRoot = join(__dirname, '..', 'node_modules', '.cache');
    mkdirSync(cacheRoot, { recursive: true });
    const cacheDir = mkdtempSync(join(cacheRoot, 'tl-bench-'));
    try {
      child(name, cacheDir); // decodes and writes the cache
      const cached = child(name, cacheDir);
      const r = { dataset: name, decode, fromCache: cached };
      console.log(
        `${name}: ${decode.images} images; decode ${decode.loadMs} ms, rss +${decode.rssDeltaMiB} MiB (peak ${decode.peakRssMiB} MiB over a ${decode.baselineRssMiB} MiB baseline); ` +
          `from cache ${cached.loadMs} ms, rss +${cached.rssDeltaMiB} MiB; held as uint8 ${decode.heldUint8MiB} MiB (float32 size ${decode.float32SizeMiB} MiB); read(256) ${decode.read256Ms} ms`,
      );
      results.push(r);
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  }
  const root = join(__dirname, '..', '..', '..');
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  const out = {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    date: new Date().toISOString(),
    results,
  };
  writeFileSync(join(root, 'bench-results', 'datasets.json'), `${JSON.stringify(out, null, 2)}\n`);
  console.log(`wrote ${join(root, 'bench-results', 'datasets.json')}`);
}

const [name, cacheDir] = process.argv.slice(2);
if (name && name in LOADERS) {
  measureOnce(name as Name, cacheDir || undefined).catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
} else {
  main();
}
