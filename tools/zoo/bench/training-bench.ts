import { BUNDLED_ZOO_DIR, readManifest } from '@transferlab/plugins-models';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RECIPES } from '../src/training/recipes';
import { TrainingRun } from '../src/training/train-model';

/**
 * Training cost per recipe on 1 ONNX Runtime thread, with each recipe's own architecture
 * and batch size. All recipes' runs are stepped round-robin, one batch each per round, so
 * load from other processes falls on them alike; the first round (session creation) is
 * not timed. Prints seconds per batch, images/s, the cost of an epoch relative to natural
 * training, and the time a full run (all 30,000 training images, the recipe's epochs)
 * would take at that speed. Usage: tsx bench/training-bench.ts [--rounds N] [--out FILE]
 */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const get = (flag: string): string | undefined => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const rounds = Number(get('--rounds') ?? 4);
  const out = get('--out') ?? join(__dirname, '..', '..', '..', 'bench-results', 'models.json');
  const FULL_TRAIN = 30_000; // fashion-mnist-a training images
  const runs: TrainingRun[] = [];
  for (const recipe of RECIPES) runs.push(await TrainingRun.create(recipe, { trainSize: recipe.batchSize * (rounds + 1), testSize: 100, epochs: 1 }));
  const seconds = runs.map(() => 0);
  for (let round = 0; round <= rounds; round++) {
    for (const [k, run] of runs.entries()) {
      const idx = run.batches(0)[round]!;
      const t0 = performance.now();
      await run.trainBatch(idx, run.augmentRng(0));
      if (round > 0) seconds[k]! += (performance.now() - t0) / 1000;
    }
  }
  const natural = seconds[0]! / rounds;
  const rows = runs.map((run, k) => {
    const perBatch = seconds[k]! / rounds;
    const ips = run.batchSize / perBatch;
    return {
      recipe: run.recipe.name,
      architecture: `resnet${2 + 2 * run.recipe.architecture.blocks.reduce((a, b) => a + b, 0)}-w${run.recipe.architecture.width}`,
      secondsPerBatch: Number(perBatch.toFixed(3)),
      imagesPerSecond: Number(ips.toFixed(1)),
      epochCostVsNatural: Number((perBatch / natural).toFixed(2)),
      fullRunHours: Number(((FULL_TRAIN * run.recipe.epochs) / ips / 3600).toFixed(2)),
    };
  });
  for (const r of rows) {
    console.log(`${r.recipe.padEnd(12)} ${r.architecture}  ${r.secondsPerBatch.toFixed(3)} s/batch  ${String(r.imagesPerSecond).padStart(7)} images/s  epoch cost x${r.epochCostVsNatural} natural  full run ~${r.fullRunHours} h`);
  }
  const total = rows.reduce((s, r) => s + r.fullRunHours, 0);
  console.log(`whole zoo at these speeds (1 thread, one recipe at a time): ~${total.toFixed(1)} h, plus evaluation`);
  // What the bundled models actually took, as their manifest recorded it (wall time of the
  // training epochs on the machine that trained them, evaluation excluded).
  const bundled = (readManifest(BUNDLED_ZOO_DIR)?.models ?? []).map((m) => {
    const epochSeconds = m.epochs.map((e) => e.seconds);
    return {
      recipe: m.recipe,
      trainingSeconds: m.trainingSeconds,
      epochs: m.epochs.length,
      meanEpochSeconds: Number((epochSeconds.reduce((a, b) => a + b, 0) / Math.max(1, epochSeconds.length)).toFixed(1)),
    };
  });
  const naturalEpoch = bundled.find((b) => b.recipe === 'natural')?.meanEpochSeconds;
  for (const b of bundled) {
    const rel = naturalEpoch ? ` (epoch x${(b.meanEpochSeconds / naturalEpoch).toFixed(2)} natural)` : '';
    console.log(`bundled ${b.recipe.padEnd(12)} trained in ${(b.trainingSeconds / 60).toFixed(1)} min: ${b.epochs} epochs of ${b.meanEpochSeconds} s${rel}`);
  }
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), threads: 1, rounds, rows, zooHours: Number(total.toFixed(2)), bundled }, null, 2)}\n`);
}

void main();
