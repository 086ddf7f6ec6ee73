import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Tensor } from 'onnxruntime-node';
import { deriveInputGradient } from '../src/derive/input-gradient';
import { decodeModel, encodeModel } from '../src/onnx/codec';
import type { ModelDef } from '../src/onnx/ir';
import { blockBoundaries } from '../src/split/blocks';
import { splitModel } from '../src/split/split-model';
import { deriveTrainingStep } from '../src/train/training-step';
import { buildResNet, RESNET18, SMALL_RESNET } from './resnet';
import { cpuMillisecondsPerRun, timeInterleaved, uniformImages } from './timing';

/**
 * A/B timing of derived graphs across code changes: `dump <tag> [small]` writes this code's
 * input-gradient, training-step and tail-step (last block) graphs to /tmp/tl-graphs/<tag>-*.onnx; `compare tagA tagB .. [small]`
 * times them interleaved with the forward model (ratios to forward within each round).
 * Options: --kinds ig,step,tail (which graphs of each tag), --secs N (wall-clock mode, default 30),
 * --cpu [--rounds N] (process CPU time on one thread instead: robust to load on a shared machine).
 */
const dir = '/tmp/tl-graphs';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      kinds: { type: 'string', default: 'ig,step' },
      cpu: { type: 'boolean', default: false },
      rounds: { type: 'string', default: '3' },
      secs: { type: 'string', default: '30' },
    },
  });
  const [cmd, ...rest] = positionals;
  const small = rest.includes('small');
  const tags = rest.filter((t) => t !== 'small');
  const spec = small ? SMALL_RESNET : RESNET18;
  const batch = small ? 128 : 16;
  const suffix = small ? 'small' : 'r18';
  const model = buildResNet(spec);
  mkdirSync(dir, { recursive: true });
  if (cmd === 'dump') {
    writeFileSync(
      `${dir}/${tags[0]}-ig-${suffix}.onnx`,
      encodeModel(deriveInputGradient(model, { loss: 'cross-entropy' }).model),
    );
    writeFileSync(
      `${dir}/${tags[0]}-step-${suffix}.onnx`,
      encodeModel(
        deriveTrainingStep(model, { optimizer: { kind: 'sgd', momentum: 0.9, weightDecay: 5e-4 } }).model,
      ),
    );
    const boundaries = blockBoundaries(model);
    writeFileSync(
      `${dir}/${tags[0]}-tail-${suffix}.onnx`,
      encodeModel(
        deriveTrainingStep(splitModel(model, boundaries[boundaries.length - 2]!).tail, { optimizer: { kind: 'sgd', momentum: 0.9, weightDecay: 5e-4 } }).model,
      ),
    );
    return;
  }
  const dims = [batch, spec.inChannels, spec.height, spec.width];
  const images = new Tensor(
    'float32',
    uniformImages(
      dims.reduce((a, b) => a * b, 1),
      1,
    ),
    dims,
  );
  const labels = new Tensor(
    'int64',
    BigInt64Array.from({ length: batch }, (_, i) => BigInt(i % spec.classes)),
    [batch],
  );
  const init = new Map(model.graph.initializers.map((t) => [t.name, t]));
  const feedsOf = (m: ModelDef): Record<string, Tensor> => {
    const f: Record<string, Tensor> = {};
    for (const i of m.graph.inputs) {
      if (i.name === 'input') f[i.name] = images;
      else if (i.name === 'labels') f[i.name] = labels;
      else if (i.name === 'lr') f[i.name] = new Tensor('float32', Float32Array.of(0.01), []);
      else {
        // Parameters keep their values; the tail's input (block features) is uniform, optimiser state zero.
        const t = init.get(i.name);
        const shape = (i.shape ?? []).map((d) => (typeof d === 'number' ? d : batch));
        const size = shape.reduce((a, b) => a * b, 1);
        const fill = i.name.includes(':') ? new Float32Array(size) : uniformImages(size, 2);
        f[i.name] = new Tensor('float32', t ? (t.values as Float32Array) : fill, shape);
      }
    }
    return f;
  };
  const graphs: { name: string; model: ModelDef; feeds: Record<string, Tensor> }[] = [
    { name: 'forward', model, feeds: { input: images } },
  ];
  for (const tag of tags) {
    for (const kind of values.kinds.split(',')) {
      const m = decodeModel(readFileSync(`${dir}/${tag}-${kind}-${suffix}.onnx`));
      graphs.push({ name: `${tag}-${kind}`, model: m, feeds: feedsOf(m) });
    }
  }
  if (values.cpu) {
    const ms = await cpuMillisecondsPerRun(graphs, Number(values.rounds));
    const fwd = ms.forward!;
    console.log(
      `${suffix} (1 thread, CPU ms): forward ${fwd.toFixed(0)}; ` +
        graphs
          .slice(1)
          .map((g) => `${g.name} ${ms[g.name]!.toFixed(0)} (${(ms[g.name]! / fwd).toFixed(2)}x)`)
          .join(', '),
    );
    return;
  }
  const { timings, ratios } = await timeInterleaved(graphs, batch, {
    threads: 2,
    minRounds: 4,
    minSeconds: Number(values.secs),
  });
  console.log(
    `${suffix}: forward ${(timings.forward!.secondsPerBatch * 1000).toFixed(0)} ms (${timings.forward!.runs} rounds); ` +
      graphs
        .slice(1)
        .map((g) => `${g.name} ${ratios[g.name]!.toFixed(2)}x`)
        .join(', '),
  );
}
void main();
