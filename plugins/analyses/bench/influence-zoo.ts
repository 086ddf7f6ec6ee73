// The zoo influence result (issue 16): the bundled zoo's natural source vs its L2 sources,
// fine-tuned on MNIST (depth 0, n = 3,200 by default, 3 seeds), last-layer influence with the
// study's exact solver (rcond 0.05) on 200 test images; prints the class-match summary figures
// with their 95% intervals and the robust-minus-natural deltas, and writes the aggregate to
// bench-results/influence-zoo.json. Usage: tsx bench/influence-zoo.ts [--n N] [--depth D] [--epochs E] [--seeds 0,1,2] [--rcond R] [--damping D] [--out FILE]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ResultRow } from '@transferlab/sdk';
import { aggregateInfluence } from '../src/influence/aggregate';
import { influence } from '../src/influence/influence';
import { influenceParams } from '../src/influence/params';
import { mnistZooContext } from '../test/mnist-zoo-context';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const out = resolve(flag('--out') ?? join(__dirname, '..', '..', '..', 'bench-results', 'influence-zoo.json'));
const SOURCES = ['natural', 'l2-0.25', 'l2-0.5', 'l2-1'].map((s) => `fashion-mnist-a-resnet8-w16-${s}`);

async function main(): Promise<void> {
  const { ctx, engine } = await mnistZooContext();
  const params = influenceParams.parse({
    sources: SOURCES,
    targets: ['mnist'],
    n: [Number(flag('--n') ?? 3200)],
    depths: [Number(flag('--depth') ?? 0)],
    seeds: (flag('--seeds') ?? '0,1,2').split(',').map(Number),
    epochs: Number(flag('--epochs') ?? 10),
    batchSize: 64,
    rcond: Number(flag('--rcond') ?? 0.05),
    damping: Number(flag('--damping') ?? 0),
  });
  const rows: ResultRow[] = [];
  const started = performance.now();
  for (const trial of influence.expand(params)) {
    const r = await influence.run(trial, ctx);
    rows.push({ config: trial.config, metrics: r.metrics, series: r.series ?? null, details: r.details ?? null, provider: 'cpu' });
    const m = r.metrics;
    console.log(`${String(trial.config.source)} seed ${String(trial.config.seed)}: acc ${m.testAccuracy?.toFixed(3)} top1 ${m.top1Match?.toFixed(3)} top5>=3 ${m.top5AtLeast3?.toFixed(3)} train top1 ${m.trainTop1Match?.toFixed(3)} rank ${m.rank} (${m.seconds?.toFixed(1)} s)`);
  }
  // The bench's own natural source (its first) is the baseline of the deltas.
  const agg = aggregateInfluence(rows, { baseline: SOURCES[0] });
  const pct = (v: number | null): string => (v === null ? '-' : (100 * v).toFixed(1));
  for (const s of agg.settings) {
    console.log(`\n${s.target} depth ${s.depth} n ${s.n}, ${s.testIndices.length} test images`);
    for (const x of s.sources) {
      const f = (i: { mean: number; low: number | null; high: number | null }): string => `${pct(i.mean)} [${pct(i.low)}, ${pct(i.high)}]`;
      console.log(`  ${x.source}: top1 ${f(x.top1Match)}  top5>=3 ${f(x.top5AtLeast3)}  train top1 ${f(x.trainTop1Match)}  train top5>=3 ${f(x.trainTop5AtLeast3)}  rank ${x.rank}`);
    }
    for (const d of s.deltas) console.log(`  ${d.source} - ${d.baseline} ${d.metric}: ${pct(d.delta.mean)} [${pct(d.delta.low)}, ${pct(d.delta.high)}] p ${d.pValue?.toFixed(3) ?? '-'}`);
  }
  mkdirSync(dirname(out), { recursive: true });
  const metrics = rows.map((r) => ({ source: r.config.source, seed: r.config.seed, ...r.metrics }));
  writeFileSync(out, `${JSON.stringify({ params, seconds: (performance.now() - started) / 1000, trials: metrics, aggregate: agg }, null, 2)}\n`);
  console.log(`\nwrote ${out}`);
  await engine.close();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
