import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalEngine } from '../src/api/local-engine';
import { WorkerPool } from '../src/pool/worker-pool';
import { PooledEngine, pooledEngineWorkerEntry } from './pooled-engine/pooled-engine';
import { buildResNet, type ResNetSpec } from './resnet';
import { uniformImages } from './timing';

export interface PoolOverhead {
  readonly model: string;
  readonly batch: number;
  /** Median seconds of LocalEngine.logits (in this process) and PooledEngine.logits (one worker). */
  readonly inProcessSeconds: number;
  readonly pooledSeconds: number;
  /** Median over rounds of pooled / in-process time. */
  readonly ratio: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * What running ONNX Runtime in a worker process costs: the same logits call in process
 * and through a one-worker pool (structured-clone copies of images and logits over IPC),
 * alternated round by round with the same thread count.
 */
export async function measurePoolOverhead(label: string, spec: ResNetSpec, batch: number, threads: number, rounds: number): Promise<PoolOverhead> {
  const dir = await mkdtemp(join(tmpdir(), 'tl-bench-pool-'));
  const pool = new WorkerPool({ size: 1, config: { threads, executionProvider: 'cpu' }, entry: pooledEngineWorkerEntry() });
  try {
    const model = buildResNet(spec);
    const local = new LocalEngine({ intraOpNumThreads: threads, interOpNumThreads: 1 });
    const pooled = new PooledEngine(pool, { modelDir: dir, executionProvider: 'cpu' });
    local.register('m', { model });
    await pooled.register('m', { model });
    const dims = [batch, spec.inChannels, spec.height, spec.width];
    const images = { data: uniformImages(dims.reduce((a, b) => a * b, 1), 2), dims };
    await local.logits({ id: 'm' }, images);
    await pooled.logits({ id: 'm' }, images);
    const a: number[] = [];
    const b: number[] = [];
    for (let r = 0; r < rounds; r++) {
      let t = performance.now();
      await local.logits({ id: 'm' }, images);
      a.push((performance.now() - t) / 1000);
      t = performance.now();
      await pooled.logits({ id: 'm' }, images);
      b.push((performance.now() - t) / 1000);
    }
    return { model: label, batch, inProcessSeconds: median(a), pooledSeconds: median(b), ratio: median(b.map((x, i) => x / a[i]!)) };
  } finally {
    await pool.shutdown();
    await rm(dir, { recursive: true, force: true });
  }
}
