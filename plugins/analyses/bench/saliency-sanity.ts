// Sanity, localisation and faithfulness of saliency maps on the bundled zoo: the natural source
// against the L2 0.5 and Linf 8/255 sources on a small fashion-mnist-a test subset, every method,
// the randomisation test with several re-draw seeds. Prints the page's tables (the same output
// tables the dashboard reads) and writes bench-results/saliency-sanity.json.
// Usage: tsx bench/saliency-sanity.ts [--images N] [--sanity K] [--seeds S] [--steps D] [--out FILE]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { computeTable, type IntervalValue, type ModelFacts, type ResultRow } from '@transferlab/sdk';
import { zooSource } from '@transferlab/plugins-models';
import { saliencyOutputs } from '../src/saliency/outputs';
import { saliencyParams } from '../src/saliency/params';
import { saliency } from '../src/saliency/saliency';
import { saliencyZooContext } from '../test/saliency-zoo-context';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const out = resolve(
  flag('--out') ?? join(__dirname, '..', '..', '..', 'bench-results', 'saliency-sanity.json'),
);
const SOURCES = ['natural', 'l2-0.5', 'linf-8'].map((s) => `fashion-mnist-a-resnet8-w16-${s}`);
const images = Number(flag('--images') ?? 40);
const sanityImages = Number(flag('--sanity') ?? 8);
const seeds = Number(flag('--seeds') ?? 3);
const deletionSteps = Number(flag('--steps') ?? 10);

/** The cells of the tables printed here (each table has some of them). */
interface Row {
  readonly source: string;
  readonly method: string;
  readonly step: number;
  readonly layers: string;
  readonly verdict: string;
  readonly figure: string;
  readonly areaShare: number;
  readonly pValue: number | null;
  readonly correlation: IntervalValue | null;
  readonly pointing: IntervalValue | null;
  readonly massAccuracy: IntervalValue | null;
  readonly rankAccuracy: IntervalValue | null;
  readonly deletionAuc: IntervalValue | null;
  readonly randomAuc: IntervalValue | null;
  readonly gain: IntervalValue | null;
  readonly insertionAuc: IntervalValue | null;
  readonly randomInsertionAuc: IntervalValue | null;
  readonly insertionGain: IntervalValue | null;
  readonly delta: IntervalValue;
}

const f = (i: IntervalValue | null | undefined): string =>
  i ? `${i.mean.toFixed(3)} [${i.low?.toFixed(3) ?? '-'}, ${i.high?.toFixed(3) ?? '-'}]` : '-';

async function main(): Promise<void> {
  const { ctx, engine } = await saliencyZooContext();
  const records = await zooSource().list({}, ctx);
  const models = new Map<string, ModelFacts>(
    records.map((m) => [m.id, { id: m.id, training: m.training, metrics: {} }]),
  );
  const started = performance.now();
  const bySeed: { seed: number; rows: ResultRow[] }[] = [];
  for (let seed = 0; seed < seeds; seed++) {
    // Localisation and deletion do not depend on the re-draw seed: computed with seed 0 only.
    const params = saliencyParams.parse({
      sources: SOURCES,
      datasets: ['fashion-mnist-a'],
      images: seed === 0 ? images : sanityImages,
      maps: 0,
      sanityImages,
      sanitySeed: seed,
      deletionSteps: seed === 0 ? deletionSteps : 0,
      smoothSamples: 10,
    });
    const rows: ResultRow[] = [];
    for (const trial of saliency.expand(params)) {
      const t0 = performance.now();
      const r = await saliency.run(trial, ctx);
      rows.push({
        config: trial.config,
        metrics: r.metrics,
        series: null,
        details: r.details ?? null,
        provider: 'cpu',
      });
      console.log(
        `seed ${seed} ${String(trial.config.source)}: ${((performance.now() - t0) / 1000).toFixed(1)} s`,
      );
    }
    bySeed.push({ seed, rows });
  }
  const table = (name: string, rows: readonly ResultRow[]): Row[] =>
    computeTable(name, saliencyOutputs.tables[name]!, { rows, options: {}, models }) as unknown as Row[];
  const report: Record<string, unknown> = { images, sanityImages, seeds, deletionSteps };
  for (const { seed, rows } of bySeed) {
    console.log(
      `\nRandomisation test, re-draw seed ${seed}: Spearman of |maps|, mean [95% CI] over ${sanityImages} images`,
    );
    const steps = table('randomisation', rows);
    for (const r of steps)
      console.log(
        `  ${r.method} ${r.source.replace('fashion-mnist-a-resnet8-w16-', '')} step ${r.step} (${r.layers}): ${f(r.correlation)}`,
      );
    for (const r of table('sanity', rows))
      console.log(`  verdict ${r.method} ${r.source}: ${r.verdict} ${f(r.correlation)}`);
    report[`randomisation:${seed}`] = steps;
    report[`sanity:${seed}`] = table('sanity', rows);
  }
  const first = bySeed[0]!.rows;
  console.log(`\nLocalisation, mean [95% CI] over ${images} images`);
  for (const r of table('localisation', first))
    console.log(
      `  ${r.method} ${r.source}: pointing ${f(r.pointing)} mass ${f(r.massAccuracy)} rank ${f(r.rankAccuracy)} area ${r.areaShare.toFixed(3)}`,
    );
  console.log(`\nDeletion (${deletionSteps} steps, black), AUC mean [95% CI]`);
  for (const r of table('faithfulness', first))
    console.log(
      `  ${r.method} ${r.source}: map ${f(r.deletionAuc)} random ${f(r.randomAuc)} random-map ${f(r.gain)}; insertion map ${f(r.insertionAuc)} random ${f(r.randomInsertionAuc)} map-random ${f(r.insertionGain)}`,
    );
  console.log('\nRobust minus natural, paired by image');
  for (const r of table('figure-deltas', first))
    console.log(
      `  ${r.method} ${r.figure} ${r.source}: ${f(r.delta)} p ${r.pValue?.toExponential(2) ?? '-'} (n ${r.delta.n})`,
    );
  Object.assign(report, {
    localisation: table('localisation', first),
    faithfulness: table('faithfulness', first),
    figureDeltas: table('figure-deltas', first),
    seconds: (performance.now() - started) / 1000,
  });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwrote ${out} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  await engine.close();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
