// Robustness bench: attack throughput (image forward + backward passes per second) of APGD-CE
// on torchvision-shaped ResNet-18 at 224x224 (batch 16) and on a zoo model, each against the
// engine's own input-gradient loop on the same batch (the ratio is the attack's bookkeeping
// cost); the wall time of autoattack-standard (and -fast) on 1,000 zoo test images at Linf
// 8/255; and the issue's checks at full size: on every robust zoo model at its training eps,
// APGD-CE vs PGD-20 and the fast ensemble vs both on the same images, Square on the natural model.
// Writes bench-results/robustness.json. Usage: tsx bench/robustness-bench.ts [--quick] [--images N] [--threads T] [--skip-verify]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildResNet, encodeModel } from '@transferlab/engine';
import { seededRandom, type SourceModel } from '@transferlab/sdk';
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
const round = (v: number, d = 4): number => Number(v.toFixed(d));

async function main(): Promise<void> {
  const zoo = await zooContext(() => Promise.resolve([resnet18()]));
  const { ctx, engine, models, dataset } = zoo;
  const result: Record<string, unknown> = { images, quick, threads: 1, date: new Date().toISOString() };
  // Written after every section: a long run that is stopped keeps what it measured.
  const save = (): void => {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  };
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
    save();

    // 2. The issue's checks at full size: PGD-20 vs APGD-CE on every robust model at its
    // training eps, Square on the natural model at Linf 8/255.
    const robust = models.filter((x) => x.training.kind === 'adversarial');
    const checks: Record<string, unknown>[] = [];
    const accuracies = new Map<string, Record<string, number>>();
    const accuracy = async (model: string, norm: 'Linf' | 'L2', eps: number, attack: string, steps = 100) => {
      const t0 = performance.now();
      const r = await runRobustness(trialFor(model, norm, [eps], attack, { steps, batchSize: 500 }), ctx);
      const acc = r.series![0]!.robustAccuracy!;
      accuracies.set(model, { ...accuracies.get(model), clean: r.metrics.cleanAccuracy!, [attack]: acc });
      return { r, acc, seconds: (performance.now() - t0) / 1000 };
    };
    if (!args.includes('--skip-verify')) {
      for (const m of robust) {
        const norm = m.training.norm as 'Linf' | 'L2';
        const eps = m.training.eps!;
        const pgd = (await accuracy(m.id, norm, eps, 'pgd', 20)).acc;
        const apgd = (await accuracy(m.id, norm, eps, 'apgd-ce')).acc;
        const manifest = m.metrics?.[`robust:${norm}:${norm === 'Linf' ? `${Math.round(eps * 255)}/255` : eps}`] ?? null;
        checks.push({ check: 'APGD-CE <= PGD-20', model: m.id, norm, eps, clean: accuracies.get(m.id)!.clean, pgd20: pgd, apgdCe: apgd, manifest, ok: apgd <= pgd });
        result.checks = checks;
        save();
        console.log(`${m.id} ${norm} ${round(eps)}: PGD-20 ${(100 * pgd).toFixed(1)}%, APGD-CE ${(100 * apgd).toFixed(1)}% ${apgd <= pgd ? 'ok' : 'NOT <='} (manifest ${manifest ?? '-'})`);
      }
      const natural = models.find((m) => m.training.kind === 'natural')!.id;
      const sq = await accuracy(natural, 'Linf', 8 / 255, 'square');
      checks.push({ check: 'Square < 5% on the natural model at Linf 8/255', model: natural, clean: sq.r.metrics.cleanAccuracy, square: sq.acc, forwardPasses: sq.r.metrics.forwardPasses, seconds: round(sq.seconds, 1), ok: sq.acc < 0.05 });
      save();
      console.log(`Square on ${natural} at Linf 8/255: ${(100 * sq.acc).toFixed(1)}% in ${sq.seconds.toFixed(1)} s (${sq.r.metrics.forwardPasses} forward passes)`);
    }

    // 3. Wall time of the ensembles on 1,000 images of the zoo's Linf 8/255 model, and (unless
    // --quick) the fast ensemble on every other robust model: the ensemble <= each attack.
    const linf8 = robust.find((m) => m.training.recipe === 'linf-8')!;
    const ensembles: Record<string, unknown>[] = [];
    result.ensembles = ensembles;
    const runs = [...(quick ? ['autoattack-fast'] : ['autoattack-standard', 'autoattack-fast']).map((attack) => ({ m: linf8, attack }))];
    if (!quick) runs.push(...robust.filter((m) => m !== linf8).map((m) => ({ m, attack: 'autoattack-fast' })));
    for (const { m, attack } of runs) {
      const norm = m.training.norm as 'Linf' | 'L2';
      const eps = m === linf8 ? 8 / 255 : m.training.eps!;
      const { r, acc, seconds } = await accuracy(m.id, norm, eps, attack);
      const s = r.series![0]!;
      const single = accuracies.get(m.id) ?? {};
      const others = ['pgd', 'apgd-ce'].map((a) => single[a]).filter((v): v is number => v !== undefined);
      const ok = others.every((v) => acc <= v);
      ensembles.push({ attack, model: m.id, norm, eps, images, seconds: round(seconds, 1), clean: r.metrics.cleanAccuracy, robust: acc, pgd20: single.pgd ?? null, apgdCe: single['apgd-ce'] ?? null, ensembleAtMostEach: ok, forwardPasses: r.metrics.forwardPasses, backwardPasses: r.metrics.backwardPasses, fooledBy: Object.fromEntries(Object.entries(s).filter(([k]) => k.startsWith('fooled:'))) });
      save();
      console.log(`${attack} on ${images} images of ${m.id} at ${norm} ${round(eps)}: ${seconds.toFixed(1)} s, clean ${(100 * r.metrics.cleanAccuracy!).toFixed(1)}%, robust ${(100 * acc).toFixed(1)}%${others.length ? ` (<= PGD-20 and APGD-CE: ${ok ? 'yes' : 'NO'})` : ''}`);
    }
  } finally {
    await engine.close();
  }
  save();
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
