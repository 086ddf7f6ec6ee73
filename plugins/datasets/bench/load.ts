// Load time and resident memory of the bundled datasets, written to bench-results/datasets.json.
// Run with `npm run bench` (node --expose-gc so the baseline is taken after a collection).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFashionMnist } from '../src/bundled/fashion-mnist';
import { loadMnist } from '../src/bundled/mnist';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const mb = (b: number) => Math.round((b / 2 ** 20) * 10) / 10;

async function measure(
  name: string,
  load: () => Promise<{ sizes: { train: number; test: number }; imageShape: readonly number[] }>,
) {
  gc();
  const rss0 = process.memoryUsage().rss;
  const peak0 = process.resourceUsage().maxRSS * 1024;
  const t0 = performance.now();
  const ds = await load();
  const loadMs = performance.now() - t0;
  gc();
  const rss1 = process.memoryUsage().rss;
  const peak1 = process.resourceUsage().maxRSS * 1024;
  const images = ds.sizes.train + ds.sizes.test;
  const perImage = ds.imageShape.reduce((a, b) => a * b, 1);
  return {
    dataset: name,
    images,
    loadMs: Math.round(loadMs),
    rssDeltaMiB: mb(rss1 - rss0),
    // Growth of the process's peak RSS during the load (0 when an earlier peak was higher).
    peakRssGrowthMiB: mb(Math.max(0, peak1 - Math.max(peak0, rss0))),
    float32SizeMiB: mb(images * perImage * 4),
    heldUint8MiB: mb(images * perImage),
    keep: ds,
  };
}

async function main() {
  const results = [];
  for (const [name, load] of [
    ['fashion-mnist', loadFashionMnist],
    ['mnist', loadMnist],
  ] as const) {
    const { keep, ...r } = await measure(name, load);
    // Reading a batch converts only that batch to float32.
    const t = performance.now();
    await (keep as Awaited<ReturnType<typeof loadFashionMnist>>).read(
      'train',
      Array.from({ length: 256 }, (_, i) => i * 7),
    );
    results.push({ ...r, read256Ms: Math.round((performance.now() - t) * 10) / 10 });
    console.log(
      `${name}: ${r.images} images loaded in ${r.loadMs} ms, rss +${r.rssDeltaMiB} MiB (peak +${r.peakRssGrowthMiB} MiB), float32 size ${r.float32SizeMiB} MiB, held as uint8 ${r.heldUint8MiB} MiB`,
    );
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

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
