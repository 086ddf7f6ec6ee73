// Integrated gradients with a per-image tolerance on the bundled zoo: for the natural, L2 0.5 and
// Linf 8/255 fashion-mnist-a sources on a small stratified test subset, per baseline, the share of
// images within the tolerance, the steps spent (median and largest), the images that did not reach
// it, the share of degenerate maps, and the alignment of the map (the gradient's alongside).
// Writes bench-results/saliency-ig.json.
// Usage: tsx bench/saliency-ig.ts [--images N] [--baselines black,blur,...] [--max-steps N] [--tolerance T] [--samples K]
//   [--dataset mnist --n N --epochs E] (each source fine-tuned to the dataset first)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { IG_BASELINES } from '../src/saliency/baselines';
import { saliencyParams } from '../src/saliency/params';
import { saliency } from '../src/saliency/saliency';
import { saliencyZooContext } from '../test/saliency-zoo-context';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const out = resolve(flag('--out') ?? join(__dirname, '..', '..', '..', 'bench-results', 'saliency-ig.json'));
const SOURCES = ['natural', 'l2-0.5', 'linf-8'].map((s) => `fashion-mnist-a-resnet8-w16-${s}`);
const images = Number(flag('--images') ?? 20);
const baselines = (flag('--baselines') ?? IG_BASELINES.join(',')).split(',');
const dataset = flag('--dataset') ?? 'fashion-mnist-a';

/** Per image: the intervals its paths took. */
const stepsOf = (details: Record<string, unknown> | undefined): number[] =>
  ((details?.ig as { steps?: number[] } | undefined)?.steps ?? []).slice();

async function main(): Promise<void> {
  const { ctx, engine } = await saliencyZooContext();
  const results: Record<string, unknown>[] = [];
  for (const baseline of baselines) {
    const params = saliencyParams.parse({
      sources: SOURCES,
      datasets: [dataset],
      images,
      maps: 0,
      methods: ['gradient', 'integrated-gradients'],
      igBaseline: baseline,
      // Integrated gradients only: no sanity checks or deletion curves where the params have them.
      ...Object.fromEntries(
        ['sanityImages', 'deletionSteps'].filter((k) => k in saliencyParams.shape).map((k) => [k, 0]),
      ),
      ...(flag('--max-steps') ? { igMaxSteps: Number(flag('--max-steps')) } : {}),
      ...(flag('--tolerance') ? { igTolerance: Number(flag('--tolerance')) } : {}),
      ...(flag('--samples') ? { igSamples: Number(flag('--samples')) } : {}),
      ...(flag('--steps') ? { igSteps: Number(flag('--steps')) } : {}),
      // Another dataset than the sources' own: fine-tune each source to it first (depth 0).
      ...(flag('--n')
        ? { transfer: { n: Number(flag('--n')), depth: 0, epochs: Number(flag('--epochs') ?? 5) } }
        : {}),
    });
    for (const trial of saliency.expand(params)) {
      const r = await saliency.run(trial, ctx);
      const m = r.metrics;
      const row = {
        baseline,
        source: String(trial.config.source),
        withinTolerance: m.igWithinTolerance,
        withinOnePercent: m.igCompleteShare,
        notReached: m.igNotReached,
        medianError: m.igCompletenessMedian,
        medianSteps: m.igMedianSteps,
        maxSteps: m.igMaxStepsUsed,
        degenerateShare: m.igDegenerateShare,
        alignmentIg: m['alignment:integrated-gradients'],
        alignmentGradient: m['alignment:gradient'],
        igMapsPerSecond: m['mapsPerSecond:integrated-gradients'],
        // Images that needed more than each budget (to choose the default).
        over: Object.fromEntries(
          [128, 256, 512, 1024, 2048].map((b) => [b, stepsOf(r.details).filter((s) => s > b).length]),
        ),
      };
      results.push(row);
      console.log(`${baseline.padEnd(8)} ${JSON.stringify(row.over)}`);
      console.log(
        `${baseline.padEnd(8)} ${row.source.replace('fashion-mnist-a-resnet8-w16-', '').padEnd(8)} within tol ${row.withinTolerance?.toFixed(3)} (not reached ${row.notReached}) median error ${row.medianError?.toExponential(2)} steps median ${row.medianSteps} max ${row.maxSteps} degenerate ${row.degenerateShare?.toFixed(2)} alignment ig ${row.alignmentIg?.toFixed(3)} gradient ${row.alignmentGradient?.toFixed(3)} (${row.igMapsPerSecond?.toFixed(2)} ig maps/s)`,
      );
    }
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    `${JSON.stringify({ images, dataset, date: new Date().toISOString(), results }, null, 2)}\n`,
  );
  console.log(`wrote ${out}`);
  await engine.close();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
