// The zoo saliency result (issue 17): alignment of the natural source vs the L2 0.5 and Linf 8/255
// sources on 500 fashion-mnist-a test images (the sources themselves) and 500 mnist test images
// (each source fine-tuned to mnist, depth 0), every method; prints the mean alignment per source
// with its 95% interval and the robust-minus-natural deltas paired by image, and writes
// bench-results/saliency-zoo.json. Usage: tsx bench/saliency-zoo.ts [--images N] [--n N] [--epochs E] [--out FILE]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ResultRow } from '@transferlab/sdk';
import { aggregateSaliency } from '../src/saliency/aggregate';
import { saliencyParams } from '../src/saliency/params';
import { saliency } from '../src/saliency/saliency';
import { saliencyZooContext } from '../test/saliency-zoo-context';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const out = resolve(flag('--out') ?? join(__dirname, '..', '..', '..', 'bench-results', 'saliency-zoo.json'));
const SOURCES = ['natural', 'l2-0.5', 'linf-8'].map((s) => `fashion-mnist-a-resnet8-w16-${s}`);
const images = Number(flag('--images') ?? 500);

async function main(): Promise<void> {
  const { ctx, engine } = await saliencyZooContext();
  const runs = [
    saliencyParams.parse({ sources: SOURCES, datasets: ['fashion-mnist-a'], images, maps: 0 }),
    saliencyParams.parse({
      sources: SOURCES,
      datasets: ['mnist'],
      images,
      maps: 0,
      transfer: { n: Number(flag('--n') ?? 3200), depth: 0, epochs: Number(flag('--epochs') ?? 10) },
    }),
  ];
  const rows: ResultRow[] = [];
  const started = performance.now();
  for (const params of runs)
    for (const trial of saliency.expand(params)) {
      const r = await saliency.run(trial, ctx);
      rows.push({
        config: trial.config,
        metrics: r.metrics,
        series: null,
        details: r.details ?? null,
        provider: 'cpu',
      });
      const m = r.metrics;
      console.log(
        `${String(trial.config.datasetName)} ${String(trial.config.source)}: accuracy ${m.accuracy?.toFixed(3)} gradient ${m['alignment:gradient']?.toFixed(3)} smoothgrad ${m['alignment:smoothgrad']?.toFixed(3)} ig ${m['alignment:integrated-gradients']?.toFixed(3)} ig complete within 1%: ${m.igCompleteShare?.toFixed(3)} of images, median error ${m.igCompletenessMedian?.toFixed(4)} (${m.seconds?.toFixed(1)} s)`,
      );
    }
  // The bench's own natural source (its first) is the baseline of the deltas.
  const agg = aggregateSaliency(rows, { baseline: SOURCES[0] });
  const f = (i: { mean: number; low: number | null; high: number | null }): string =>
    `${i.mean.toFixed(3)} [${i.low?.toFixed(3) ?? '-'}, ${i.high?.toFixed(3) ?? '-'}]`;
  for (const g of agg.groups) {
    console.log(
      `\n${g.dataset} (${g.setting}) ${g.method}: alignment ratio (1 = chance), mean [95% CI] over images`,
    );
    for (const s of g.sources)
      console.log(
        `  ${s.source}: ${f(s.alignment)}  mass on object ${f(s.massShare)}  accuracy ${s.accuracy.toFixed(3)}`,
      );
    for (const d of g.deltas)
      console.log(
        `  ${d.source} - ${d.baseline}: ${f(d.delta)} p ${d.pValue?.toExponential(2) ?? '-'} (${d.delta.n} images)`,
      );
  }
  mkdirSync(dirname(out), { recursive: true });
  const trials = rows.map((r) => ({ source: r.config.source, dataset: r.config.datasetName, ...r.metrics }));
  writeFileSync(
    out,
    `${JSON.stringify({ images, seconds: (performance.now() - started) / 1000, trials, aggregate: agg }, null, 2)}\n`,
  );
  console.log(`\nwrote ${out}`);
  await engine.close();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
