// AutoAttack bench: autoattack-standard on zoo test images (the Linf 8/255 model at 8/255, the
// reference budget: 100 steps, 9 target classes capped at 4 on 5 classes, 5000 Square queries),
// in batches as the robustness analysis calls it, now and with the previous Square query loop and
// FAB projections (test/reference), on the same images and seeds, batch by batch in turn: wall time, image passes per
// second against the engine's forward peak on the same model, time per component, and whether
// every example's outcome is the same. Writes bench-results/attacks.json after every section.
// Usage: tsx bench/autoattack-bench.ts [--images N] [--threads T] [--batch B] [--queries Q] [--skip-before] [--out FILE]
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { autoattackStandard } from '../src/autoattack/autoattack';
import { referenceAutoattackStandard } from '../test/reference/autoattack';
import { zooFixture } from '../test/zoo';
import { differingExamples, EnsembleTally, type EnsembleRun, type Perturb } from './ensemble-run';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const images = Number(flag('--images') ?? 1000);
const threads = Number(flag('--threads') ?? availableParallelism());
const batchSize = Number(flag('--batch') ?? 250);
const queries = flag('--queries') === undefined ? undefined : Number(flag('--queries'));
const out = resolve(flag('--out') ?? join(__dirname, '..', '..', '..', 'bench-results', 'attacks.json'));
const round = (v: number, d = 1): number => Number(v.toFixed(d));

/** Images per second of `call` on `n` images, repeated for at least `seconds` (after one warm-up call). */
async function throughput(n: number, call: () => Promise<unknown>, seconds = 3): Promise<number> {
  await call();
  let calls = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < seconds * 1000 || calls < 2) {
    await call();
    calls++;
  }
  return (calls * n) / ((performance.now() - t0) / 1000);
}

function summary(r: EnsembleRun, forwardPeak: number): Record<string, unknown> {
  // A gradient call is a forward and a backward pass of each image (the robustness analysis's count).
  const passes = r.forwardOnlyImages + 2 * r.gradientImages;
  return {
    seconds: round(r.seconds),
    cpuSeconds: round(r.cpuSeconds),
    forwardOnlyImages: r.forwardOnlyImages,
    gradientImages: r.gradientImages,
    imagePassesPerSecond: round(passes / r.seconds),
    imagePassesShareOfForwardPeak: round(passes / r.seconds / forwardPeak, 3),
    forwardOnlyImagesPerSecond: round(r.forwardOnlyImages / r.forwardOnlySeconds),
    forwardOnlyShareOfPeak: round(r.forwardOnlyImages / r.forwardOnlySeconds / forwardPeak, 3),
    forwardOnlySeconds: round(r.forwardOnlySeconds),
    gradientSeconds: round(r.gradientSeconds),
    outsideEngineSeconds: round(r.seconds - r.forwardOnlySeconds - r.gradientSeconds),
    componentSeconds: Object.fromEntries(Object.entries(r.componentSeconds).map(([k, v]) => [k, round(v)])),
    notFooled: r.fooledBy.filter((b) => b === null).length,
  };
}

async function main(): Promise<void> {
  const { ctx, engine, models, batch: all } = await zooFixture(Math.max(images, 1000), threads);
  const model = { id: models.find((m) => m.training.recipe === 'linf-8')!.id };
  const size = all.images.data.length / all.labels.length;
  const batch = { images: { data: all.images.data.subarray(0, images * size), dims: [images, ...all.images.dims.slice(1)] }, labels: all.labels.subarray(0, images) };
  const result: Record<string, unknown> = { date: new Date().toISOString(), cpu: cpus()[0]?.model, cores: availableParallelism(), threads, model: model.id, norm: 'Linf', eps: '8/255', images, batchSize, queries: queries ?? 5000 };
  const save = (): void => {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  };
  try {
    const peakBatch = { data: all.images.data.subarray(0, 1000 * size), dims: [1000, ...all.images.dims.slice(1)] };
    const forwardPeak = await throughput(1000, () => engine.logits(model, peakBatch));
    const gradBatch = { data: all.images.data.subarray(0, 250 * size), dims: [250, ...all.images.dims.slice(1)] };
    const gradientPeak = await throughput(250, () => engine.inputGradient(model, gradBatch, all.labels.subarray(0, 250), { loss: 'cross-entropy' }));
    result.forwardPeakImagesPerSecond = round(forwardPeak);
    result.gradientImagesPerSecond = round(gradientPeak);
    console.log(`engine on ${model.id}, ${threads} thread(s): forward peak ${forwardPeak.toFixed(0)} images/s (batch 1000), input gradient ${gradientPeak.toFixed(0)} images/s (batch 250)`);
    save();

    const p = autoattackStandard.params.parse({ norm: 'Linf', eps: 8 / 255, ...(queries ? { queries } : {}) });
    const versions: { name: string; perturb: Perturb }[] = [{ name: 'now', perturb: (input, seed, c) => autoattackStandard.perturb(input, { ...p, seed }, c) }];
    if (!args.includes('--skip-before')) versions.push({ name: 'before', perturb: (input, seed, c) => referenceAutoattackStandard(input, { ...p, seed }, c) });
    const tallies = versions.map((v) => ({ name: v.name, tally: new EnsembleTally(v.perturb, model, batch, ctx) }));
    // Batch by batch, the versions in turn (the order flipped every batch), so that the
    // machine's changing load falls on both alike.
    for (let from = 0, b = 0; from < images; from += batchSize, b++) {
      const to = Math.min(images, from + batchSize);
      for (const { name, tally } of b % 2 === 0 ? tallies : [...tallies].reverse()) {
        const t0 = performance.now();
        await tally.run(from, to, b);
        console.log(`batch ${b + 1} (${from}-${to}) ${name}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
        result[name] = summary(tally.result(), forwardPeak);
        save();
      }
    }
    const done = new Map(tallies.map(({ name, tally }) => [name, tally.result()]));
    for (const [name, r] of done) console.log(`autoattack-standard (${name}) on ${images} images: ${r.seconds.toFixed(1)} s, not fooled ${r.fooledBy.filter((by) => by === null).length}/${images}; ${JSON.stringify(result[name])}`);
    const [now, before] = [done.get('now')!, done.get('before')];
    if (before) {
      const differing = differingExamples(now, before, size);
      result.sameOutcomes = differing.length === 0;
      result.differingExamples = differing;
      result.speedup = round(before.seconds / now.seconds, 2);
      result.cpuSpeedup = round(before.cpuSeconds / now.cpuSeconds, 2);
      result.squareForwardOnlyImagesRatio = round(now.forwardOnlyImages / before.forwardOnlyImages, 3);
      console.log(`now vs before: ${(before.seconds / now.seconds).toFixed(2)}x faster (wall), ${(before.cpuSeconds / now.cpuSeconds).toFixed(2)}x (CPU time), outcomes ${differing.length === 0 ? 'the same for every example' : `DIFFER on ${differing.length} examples`}`);
    }
  } finally {
    await engine.close();
  }
  save();
  console.log(`wrote ${out}`);
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
