// Load time of an image folder of many tiny PNGs (default 1,000 in two classes), written by the
// image-folder tests' fixture generator: the cost of opening, checking and reading each file.
// Usage: node --import tsx bench/image-folder.ts [images] [repeats]
import { rmSync } from 'node:fs';
import { imageFolder } from '../src/formats/image-folder';
import { BLUE, RED, writeImage } from '../test/fixtures/image-writer';
import { tempRoot } from '../test/fixtures/roots';

async function main(): Promise<void> {
  const images = Number(process.argv[2] ?? 1000);
  const repeats = Number(process.argv[3] ?? 7);
  const t = tempRoot('tl-bench-img-');
  for (let i = 0; i < images; i++) {
    await writeImage(t, `imgs/${i % 2 ? 'cat' : 'dog'}/i${i}.png`, i % 2 ? RED : BLUE, 'png', [6, 5]);
  }
  const params = imageFolder.params.parse({ train: 'imgs', width: 4, height: 4 });
  const times: number[] = [];
  for (let r = 0; r < repeats + 1; r++) {
    const t0 = performance.now();
    await imageFolder.load(params, t.ctx);
    if (r > 0) times.push(performance.now() - t0); // the first run warms caches
  }
  rmSync(t.root, { recursive: true, force: true });
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  console.log(
    JSON.stringify({ images, repeats, medianMs: Math.round(median), minMs: Math.round(times[0] ?? 0) }),
  );
}

void main();
