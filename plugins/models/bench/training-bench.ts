import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RECIPES } from '../src/training/recipes';
import { trainRecipe } from '../src/training/train-model';

/**
 * Training throughput per recipe on 1 ONNX Runtime thread, with the recipe's own
 * architecture: 2 epochs on a small stratified sample, timed on the second (sessions warm).
 * Prints images/s, the cost of an epoch relative to natural training, and the time a
 * full-size run (all training images, the recipe's epochs) would take at that speed.
 * Usage: tsx bench/training-bench.ts [--images N] [--out FILE]
 */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const get = (flag: string): string | undefined => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const images = Number(get('--images') ?? 384);
  const out = get('--out') ?? join(__dirname, '..', '..', '..', 'bench-results', 'models.json');
  const FULL_TRAIN = 30_000; // fashion-mnist-a training images
  const rows: { recipe: string; architecture: string; imagesPerSecond: number; epochCostVsNatural: number; fullRunHours: number }[] = [];
  let natural = 0;
  for (const recipe of RECIPES) {
    const own = recipe.adversarial ? { L2: [], Linf: [], [recipe.adversarial.norm]: [recipe.adversarial.eps] } : { L2: [], Linf: [] };
    const r = await trainRecipe(recipe, { trainSize: images, testSize: 100, evalSize: 10, epochs: 2, batchSize: 128, grid: own });
    const ips = r.epochs[1]!.imagesPerSecond;
    if (recipe.name === 'natural') natural = ips;
    const row = { recipe: recipe.name, architecture: r.architecture, imagesPerSecond: Number(ips.toFixed(1)), epochCostVsNatural: Number((natural / ips).toFixed(2)), fullRunHours: Number(((FULL_TRAIN * recipe.epochs) / ips / 3600).toFixed(2)) };
    rows.push(row);
    console.log(`${row.recipe.padEnd(12)} ${row.architecture}  ${String(row.imagesPerSecond).padStart(7)} images/s  epoch cost x${row.epochCostVsNatural} natural  full run ~${row.fullRunHours} h`);
  }
  const total = rows.reduce((s, r) => s + r.fullRunHours, 0);
  console.log(`whole zoo at these speeds (1 thread, sequential): ~${total.toFixed(1)} h`);
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), threads: 1, sampleImages: images, rows, zooHours: Number(total.toFixed(2)) }, null, 2)}\n`);
}

void main();
