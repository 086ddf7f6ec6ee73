// Saliency bench: heat maps per second per method (loss gradient, SmoothGrad, integrated gradients;
// each with its PNG) on a zoo model (fashion-mnist-a 28x28) and on torchvision-shaped ResNet-18 at
// 224x224 (random weights and images: the cost does not depend on them), one ONNX Runtime thread.
// Prints maps/s and each method's cost relative to the plain gradient, and writes bench-results/saliency.json.
// Usage: tsx bench/saliency-bench.ts [--quick]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildResNet, encodeModel } from '@transferlab/engine';
import { seededRandom, type SourceModel } from '@transferlab/sdk';
import { heatmapPng } from '../src/saliency/heatmap';
import {
  integratedGradients,
  lossGradient,
  reduceChannels,
  smoothGrad,
  type ImageSet,
} from '../src/saliency/methods';
import { zooContext } from '../test/zoo-context';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const quick = args.includes('--quick');
const out = resolve(flag('--out') ?? join(__dirname, '..', '..', '..', 'bench-results', 'saliency.json'));

const RESNET18_ID = 'bench-resnet18-224';
function resnet18(): SourceModel {
  const input = {
    channels: 3 as const,
    height: 224,
    width: 224,
    mean: [0.485, 0.456, 0.406],
    std: [0.229, 0.224, 0.225],
  };
  const built = buildResNet({
    input,
    classes: 1000,
    width: 64,
    blocks: [2, 2, 2, 2],
    stem: 'imagenet',
    batchNorm: 'fused',
    seed: 1,
  });
  const bytes = encodeModel(built.model);
  return {
    id: RESNET18_ID,
    architecture: built.architecture,
    training: { kind: 'natural' },
    input,
    numClasses: 1000,
    featureTensor: built.featureTensor,
    blocks: built.blocks,
    checksum: 'bench-resnet18',
    bytes: () => Promise.resolve(bytes),
  };
}

function randomSet(n: number, shape: [number, number, number]): ImageSet {
  const rnd = seededRandom(7);
  const size = shape[0] * shape[1] * shape[2];
  return {
    data: Float32Array.from({ length: n * size }, () => rnd()),
    dims: [n, ...shape],
    labels: Int32Array.from({ length: n }, (_, i) => i % 1000),
  };
}

interface Case {
  readonly name: string;
  readonly model: string;
  readonly set: ImageSet;
  readonly samples: number;
  readonly steps: number;
}

async function main(): Promise<void> {
  const { engine, models, dataset } = await zooContext(() => Promise.resolve([resnet18()]));
  const zooImages = quick ? 50 : 200;
  const zb = await dataset.read(
    'test',
    Array.from({ length: zooImages }, (_, i) => i),
  );
  const cases: Case[] = [
    {
      name: `zoo resnet8-w16 28x28, ${zooImages} images`,
      model: models.find((m) => m.training.kind === 'natural')!.id,
      set: { data: zb.images.data, dims: zb.images.dims, labels: zb.labels },
      samples: 25,
      steps: 64,
    },
    {
      name: 'resnet18 224x224, 2 images',
      model: RESNET18_ID,
      set: randomSet(2, [3, 224, 224]),
      samples: quick ? 4 : 10,
      steps: quick ? 8 : 32,
    },
  ];
  const results: Record<string, unknown>[] = [];
  for (const c of cases) {
    const model = { id: c.model };
    const n = c.set.labels.length;
    const [, , h = 0, w = 0] = c.set.dims;
    await lossGradient(engine, model, {
      ...c.set,
      data: c.set.data.slice(0, c.set.data.length / n),
      dims: [1, ...c.set.dims.slice(1)],
      labels: c.set.labels.slice(0, 1),
    }); // warm the session
    const methods: Record<string, () => Promise<Float32Array>> = {
      gradient: async () => (await lossGradient(engine, model, c.set)).gradient,
      smoothgrad: async () => (await smoothGrad(engine, model, c.set, 0.15, c.samples, 1)).values,
      // A fixed cost: c.steps even intervals, no refinement.
      'integrated-gradients': async () =>
        (
          await integratedGradients(engine, model, c.set, {
            steps: c.steps,
            maxSteps: c.steps,
            tolerance: 0,
            spacing: 'uniform',
          })
        ).values,
    };
    const row: Record<string, unknown> = {
      case: c.name,
      images: n,
      smoothSamples: c.samples,
      igSteps: c.steps,
    };
    for (const [name, run] of Object.entries(methods)) {
      const t0 = performance.now();
      const values = await run();
      const reduced = reduceChannels(values, c.set.dims);
      for (let j = 0; j < n; j++)
        await heatmapPng(reduced.subarray(j * h * w, (j + 1) * h * w).map(Math.abs), h, w, false);
      const seconds = (performance.now() - t0) / 1000;
      row[name] = { seconds: Number(seconds.toFixed(3)), mapsPerSecond: Number((n / seconds).toFixed(3)) };
    }
    const per = (m: string): number => (row[m] as { mapsPerSecond: number }).mapsPerSecond;
    row.costVsGradient = {
      smoothgrad: Number((per('gradient') / per('smoothgrad')).toFixed(2)),
      'integrated-gradients': Number((per('gradient') / per('integrated-gradients')).toFixed(2)),
    };
    console.log(
      `${c.name}: gradient ${per('gradient').toFixed(2)} maps/s, SmoothGrad (${c.samples} samples) ${per('smoothgrad').toFixed(2)} maps/s, integrated gradients (${c.steps} steps) ${per('integrated-gradients').toFixed(2)} maps/s; cost vs gradient ${JSON.stringify(row.costVsGradient)}`,
    );
    results.push(row);
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    `${JSON.stringify({ quick, threads: 1, date: new Date().toISOString(), results }, null, 2)}\n`,
  );
  console.log(`wrote ${out}`);
  await engine.close();
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
