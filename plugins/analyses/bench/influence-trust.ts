// Influence trust figures on the bundled zoo: the params of examples/sweeps/influence-trust.yaml
// (natural vs L2 and Linf robust sources -> mnist, depth 0, n 100, 3 seeds on one subset, 20 test
// images, LDS from 20 retrained heads, fidelity) run through the trial code and the real engine on
// one ONNX Runtime thread, then the trust table as the server computes it. Prints the table and
// writes bench-results/influence-trust.json.
// Usage: tsx bench/influence-trust.ts [--sources a,b] [--seeds 0,1,2] [--n 100] [--other-subsets]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { zooSource } from '@transferlab/plugins-models';
import { computeTable, type ModelFacts, type ResultRow } from '@transferlab/sdk';
import { createTestContext } from '@transferlab/sdk/testing';
import { influence } from '../src/influence/influence';
import { influenceParams } from '../src/influence/params';
import { mnistZooContext } from '../test/mnist-zoo-context';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = join(__dirname, '..', '..', '..');
const out = resolve(flag('--out') ?? join(root, 'bench-results', 'influence-trust.json'));
/** examples/sweeps/influence-trust.yaml's params. */
const SWEEP = {
  sources: [
    'fashion-mnist-a-resnet8-w16-natural',
    'fashion-mnist-a-resnet8-w16-l2-0.5',
    'fashion-mnist-a-resnet8-w16-linf-4',
  ],
  targets: ['mnist'],
  n: [100],
  depths: [0],
  seeds: [0, 1, 2],
  epochs: 10,
  batchSize: 16,
  testImages: 20,
  trainTargets: 0,
  topK: 10,
  galleryK: 10,
  solver: 'exact',
  ldsModels: 20,
  ldsFraction: 0.5,
  fidelity: true,
  sameSubset: true,
};

async function main(): Promise<void> {
  const params = influenceParams.parse({
    ...SWEEP,
    ...(flag('--sources') ? { sources: flag('--sources')!.split(',') } : {}),
    ...(flag('--seeds') ? { seeds: flag('--seeds')!.split(',').map(Number) } : {}),
    ...(flag('--n') ? { n: [Number(flag('--n'))] } : {}),
    ...(args.includes('--other-subsets') ? { sameSubset: false } : {}),
  });
  const zoo = await mnistZooContext();
  const models = new Map<string, ModelFacts>(
    (await zooSource().list({}, createTestContext())).map((m) => [
      m.id,
      { id: m.id, training: m.training, metrics: {} },
    ]),
  );
  const rows: ResultRow[] = [];
  const started = performance.now();
  try {
    for (const trial of influence.expand(params)) {
      const t0 = performance.now();
      const r = await influence.run(trial, zoo.ctx);
      rows.push({
        config: trial.config,
        metrics: r.metrics,
        series: r.series ?? null,
        details: r.details ?? null,
        provider: 'cpu',
      });
      const m = r.metrics;
      console.log(
        `${String(trial.config.source)} seed ${String(trial.config.seed)}: LDS ${m.lds?.toFixed(3)} [${m.ldsLow?.toFixed(3)}, ${m.ldsHigh?.toFixed(3)}], fidelity r ${m.fidelityPearson?.toFixed(3)}, top-10 beats random ${m.fidelityTopBeatsRandom}, accuracy ${m.testAccuracy?.toFixed(3)} (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
      );
    }
  } finally {
    await zoo.engine.close();
  }
  const table = (stabilityK?: number) =>
    computeTable('trust', influence.outputs!.tables.trust!, {
      rows,
      options: stabilityK === undefined ? {} : { stabilityK },
      models,
    });
  const fmt = (v: unknown): string => {
    if (v === null || v === undefined) return '-';
    if (typeof v === 'number') return v.toFixed(3);
    const i = v as { mean: number; low: number | null; high: number | null; n: number };
    return `${i.mean.toFixed(3)} [${i.low?.toFixed(3) ?? '-'}, ${i.high?.toFixed(3) ?? '-'}] (n ${i.n})`;
  };
  for (const r of table())
    console.log(
      [
        r.source,
        `LDS ${fmt(r.lds)}`,
        `LDS per image ${fmt(r.ldsImages)}`,
        `ΔLDS ${fmt(r.ldsDelta)} p ${fmt(r.ldsPValue)}`,
        `fidelity ${fmt(r.fidelity)} top-10 ${fmt(r.fidelityTopBeatsRandom)}`,
      ].join(' | '),
    );
  const ks = [1, 3, 5, 10];
  for (const k of ks)
    for (const r of table(k))
      console.log(
        `k ${String(r.stabilityK)} ${String(r.source)} | stability ${fmt(r.stability)} chance ${fmt(r.stabilityChance)} shared ${fmt(r.sharedImages)} | Δstability ${fmt(r.stabilityDelta)}`,
      );
  console.log(`total ${((performance.now() - started) / 1000).toFixed(0)} s`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    JSON.stringify(
      {
        params,
        rows,
        tables: Object.fromEntries(ks.map((k) => [k, table(k)])),
        seconds: (performance.now() - started) / 1000,
      },
      null,
      2,
    ),
  );
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
