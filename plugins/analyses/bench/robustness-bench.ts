// Robustness bench: attack throughput (image forward + backward passes per second) of APGD-CE
// on torchvision-shaped ResNet-18 at 224x224 (batch 16) and on a zoo model, each against the
// engine's own input-gradient loop on the same batch (the ratio is the attack's bookkeeping
// cost); the wall time of autoattack-standard (and -fast) on 1,000 zoo test images at Linf
// 8/255; and the issue's checks at full size: on every robust zoo model at its training eps,
// APGD-CE vs PGD-20 vs autoattack-fast on the same images, and Square on the natural model.
// Writes bench-results/robustness.json. Usage: tsx bench/robustness-bench.ts [--quick] [--images N] [--threads T] [--skip-verify]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildResNet, encodeModel } from '@transferlab/engine';
import { seededRandom, type ResultRow, type SourceModel, type TrialResult } from '@transferlab/sdk';
import { aggregateRobustness } from '../src/robustness/aggregate';
import { countingEngine } from '../src/robustness/counting-engine';
import { robustnessParams, robustnessTrial, type RobustnessTrial } from '../src/robustness/params';
import { expandRobustness } from '../src/robustness/robustness';
import { runRobustness } from '../src/robustness/run-robustness';
import { zooContext } from '../test/zoo-context';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const quick = args.includes('--quick');
const images = Number(flag('--images') ?? (quick ? 100 : 1000));
const out = resolve(flag('--out') ?? join(__dirname, '..', '..', '..', 'bench-results', 'robustness.json'));

const RESNET18_ID = 'bench-resnet18-224';
function resnet18(): SourceModel {
  const input = { channels: 3 as const, height: 224, width: 224, mean: [0.485, 0.456, 0.406], std: [0.229, 0.224, 0.225] };
  const built = buildResNet({ input, classes: 1000, width: 64, blocks: [2, 2, 2, 2], stem: 'imagenet', batchNorm: 'fused', seed: 1 });
  const bytes = encodeModel(built.model);
  return { id: RESNET18_ID, architecture: built.architecture, training: { kind: 'natural' }, input, numClasses: 1000, featureTensor: built.featureTensor, blocks: built.blocks, checksum: 'bench-resnet18', bytes: () => Promise.resolve(bytes) };
}

function trialFor(source: string, norm: 'Linf' | 'L2', eps: number[], attack: string, extra: Record<string, unknown>): RobustnessTrial {
  const p = robustnessParams.parse({ sources: [source], norms: [norm], [norm === 'Linf' ? 'epsLinf' : 'epsL2']: eps, attacks: [attack], testLimit: images, ...extra });
  return robustnessTrial.parse(expandRobustness(p)[0]!.config);
}
const asRow = (t: RobustnessTrial, r: TrialResult): ResultRow => ({ config: t, metrics: r.metrics, series: r.series ?? null, details: r.details ?? null, provider: 'cpu' });
const round = (v: number, d = 4): number => Number(v.toFixed(d));

async function main(): Promise<void> {
  const zoo = await zooContext(() => Promise.resolve([resnet18()]));
  const { ctx, engine, models, dataset } = zoo;
  const result: Record<string, unknown> = { images, quick, threads: 1, date: new Date().toISOString() };
  try {
    // 1. Throughput: APGD-CE vs the plain gradient loop on the same batch.
    const throughput: Record<string, unknown>[] = [];
    const cases = [
      { name: 'resnet18-224 batch 16', model: RESNET18_ID, batch: randomBatch(16, [3, 224, 224]), steps: quick ? 3 : 10 },
      { name: 'zoo resnet8-w16 28x28 batch 250', model: models.find((m) => m.training.recipe === 'linf-8')!.id, batch: await dataset.read('test', Array.from({ length: 250 }, (_, i) => i)), steps: quick ? 10 : 50 },
    ];
    const apgd = ctx.data.attack('apgd-ce');
    for (const c of cases) {
      await engine.inputGradient({ id: c.model }, c.batch.images, c.batch.labels, { loss: 'cross-entropy' }); // warm the session
      let t0 = performance.now();
      for (let s = 0; s < c.steps; s++) await engine.inputGradient({ id: c.model }, c.batch.images, c.batch.labels, { loss: 'cross-entropy' });
      const rawSeconds = (performance.now() - t0) / 1000;
      const rawPasses = (2 * c.steps * c.batch.labels.length) / rawSeconds;
      const count = { forward: 0, backward: 0 };
      // eps 0 keeps every example unfooled, so APGD runs all its steps on the whole batch.
      t0 = performance.now();
      await apgd.perturb({ model: { id: c.model }, batch: c.batch }, apgd.params.parse({ norm: 'Linf', eps: 1e-9, steps: c.steps }), { ...ctx, engine: countingEngine(engine, count) });
      const seconds = (performance.now() - t0) / 1000;
      const passes = (count.forward + count.backward) / seconds;
      throughput.push({ case: c.name, steps: c.steps, apgdPassesPerSecond: round(passes, 1), engineGradientLoopPassesPerSecond: round(rawPasses, 1), ratio: round(passes / rawPasses, 3) });
      console.log(`${c.name}: APGD-CE ${passes.toFixed(0)} passes/s, the engine's gradient loop ${rawPasses.toFixed(0)} passes/s (${(passes / rawPasses).toFixed(2)}x)`);
    }
    result.throughput = throughput;

    // 2. Wall time of the ensembles on the zoo's Linf 8/255 model.
    const linf8 = models.find((m) => m.training.recipe === 'linf-8')!.id;
    const ensembles: Record<string, unknown>[] = [];
    for (const attack of quick ? ['autoattack-fast'] : ['autoattack-fast', 'autoattack-standard']) {
      const t = trialFor(linf8, 'Linf', [8 / 255], attack, { batchSize: 500 });
      const t0 = performance.now();
      const r = await runRobustness(t, ctx);
      const seconds = (performance.now() - t0) / 1000;
      const s = r.series![0]!;
      ensembles.push({ attack, model: linf8, eps: '8/255', images, seconds: round(seconds, 1), clean: r.metrics.cleanAccuracy, robust: s.robustAccuracy, forwardPasses: r.metrics.forwardPasses, backwardPasses: r.metrics.backwardPasses, fooledBy: Object.fromEntries(Object.entries(s).filter(([k]) => k.startsWith('fooled:'))) });
      console.log(`${attack} on ${images} images of ${linf8} at Linf 8/255: ${seconds.toFixed(1)} s, clean ${(100 * r.metrics.cleanAccuracy!).toFixed(1)}%, robust ${(100 * s.robustAccuracy!).toFixed(1)}%`);
    }
    result.ensembles = ensembles;

    // 3. The issue's checks at full size.
    if (!args.includes('--skip-verify')) {
      const checks: Record<string, unknown>[] = [];
      for (const m of models.filter((x) => x.training.kind === 'adversarial')) {
        const norm = m.training.norm as 'Linf' | 'L2';
        const eps = [m.training.eps!];
        const rows: ResultRow[] = [];
        for (const [attack, steps] of [['pgd', 20], ['apgd-ce', 100], ['autoattack-fast', 100]] as const) {
          const t = trialFor(m.id, norm, eps, attack, { steps, batchSize: 500 });
          rows.push(asRow(t, await runRobustness(t, ctx)));
        }
        const acc = Object.fromEntries(rows.map((r) => [r.config.attack as string, r.series![0]!.robustAccuracy!]));
        const flags = aggregateRobustness(rows).flags.map((f) => f.name);
        const ok = acc['apgd-ce']! <= acc.pgd! && acc['autoattack-fast']! <= Math.min(acc.pgd!, acc['apgd-ce']!);
        checks.push({ model: m.id, norm, eps: eps[0], clean: rows[0]!.metrics.cleanAccuracy, pgd20: acc.pgd, apgdCe: acc['apgd-ce'], autoattackFast: acc['autoattack-fast'], manifest: m.metrics?.[`robust:${norm}:${norm === 'Linf' ? `${Math.round(eps[0]! * 255)}/255` : eps[0]}`] ?? null, flags, ok });
        console.log(`${m.id} ${norm} ${eps[0]}: PGD-20 ${(100 * acc.pgd!).toFixed(1)}%, APGD-CE ${(100 * acc['apgd-ce']!).toFixed(1)}%, autoattack-fast ${(100 * acc['autoattack-fast']!).toFixed(1)}% ${ok ? 'ok' : 'NOT ORDERED'}${flags.length ? ` flags: ${flags.join(', ')}` : ''}`);
      }
      const natural = models.find((m) => m.training.kind === 'natural')!.id;
      const t = trialFor(natural, 'Linf', [8 / 255], 'square', { batchSize: 500 });
      const r = await runRobustness(t, ctx);
      checks.push({ model: natural, attack: 'square', eps: '8/255', clean: r.metrics.cleanAccuracy, robust: r.series![0]!.robustAccuracy, forwardPasses: r.metrics.forwardPasses, ok: r.series![0]!.robustAccuracy! < 0.05 });
      console.log(`Square on ${natural} at Linf 8/255: ${(100 * r.series![0]!.robustAccuracy!).toFixed(1)}% (${r.metrics.forwardPasses} forward passes)`);
      result.checks = checks;
    }
  } finally {
    await engine.close();
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`wrote ${out}`);
}

function randomBatch(n: number, shape: [number, number, number]) {
  const rnd = seededRandom(7);
  const size = shape[0] * shape[1] * shape[2];
  return { images: { data: Float32Array.from({ length: n * size }, () => rnd()), dims: [n, ...shape] }, labels: Int32Array.from({ length: n }, (_, i) => i % 1000) };
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
