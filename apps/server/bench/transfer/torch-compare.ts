import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expandTransfer, transferParams } from '@transferlab/plugins-analyses';
import type { ManifestEntry } from '@transferlab/plugins-models';
import type { SweepSpec } from './sweeps';
import { runTorchSweep, torchPython, writeTorchInputs, type TorchRun } from './torch-sweep';

/** What the comparison needs of the bench: ours is the transfer bench's phase (cache on, batching on or off). */
export interface TorchCompareOptions {
  readonly zooDir: string;
  readonly sources: readonly ManifestEntry[];
  readonly spec: SweepSpec;
  readonly workers: number;
  readonly threads: number;
  /** Rounds of (ours, PyTorch careful[, PyTorch reference way]) interleaved per depth. */
  readonly rounds: number;
  /** Also run the reference study's way (the whole model every step; slow). */
  readonly studyWay: boolean;
  readonly out: string;
  readonly ours: (configs: readonly Record<string, unknown>[], phase: string, batching: boolean) => Promise<{ seconds: number; accuracies: readonly number[] }>;
}

const round = (x: number, digits = 2): number => Number(x.toFixed(digits));
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/**
 * The sweep's trials against plain PyTorch eager on the same cores (workers x threads each side),
 * per depth, in interleaved rounds: wall-time ratios PyTorch / Transferlab, batching on and off.
 * Skipped, with the reason printed, when no python3 has torch.
 */
export async function compareWithTorch(o: TorchCompareOptions): Promise<void> {
  mkdirSync(dirname(o.out), { recursive: true });
  const py = torchPython();
  if (!py.python) {
    console.log(`PyTorch references skipped: ${py.reason}`);
    writeFileSync(o.out, `${JSON.stringify({ date: new Date().toISOString(), skipped: py.reason }, null, 2)}\n`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'transferlab-torch-'));
  const byDepth: Record<string, unknown> = {};
  try {
    for (const depth of o.spec.depths) {
      const params = transferParams.parse({ sources: o.sources.map((m) => m.id), ...o.spec, targets: [...o.spec.targets], depths: [depth] });
      const configs = expandTransfer(params).map((t) => t.config);
      const specPath = await writeTorchInputs(join(dir, `depth-${depth}`), o.zooDir, o.sources, configs);
      const t: Record<string, number[]> = { batched: [], unbatched: [], careful: [], study: [] };
      let last: { ours?: readonly number[]; careful?: TorchRun } = {};
      for (let r = 0; r < o.rounds; r++) {
        const b = await o.ours(configs, `torch-${depth}-${r}-batched`, true);
        t.batched!.push(b.seconds);
        const careful = runTorchSweep(py.python, specPath, 'careful', o.workers, o.threads);
        t.careful!.push(careful.seconds);
        t.unbatched!.push((await o.ours(configs, `torch-${depth}-${r}-unbatched`, false)).seconds);
        if (o.studyWay) t.study!.push(runTorchSweep(py.python, specPath, 'reference', o.workers, o.threads).seconds);
        last = { ours: b.accuracies, careful };
      }
      const ratio = (k: string, of: string) => (t[k]!.length ? round(sum(t[k]!) / sum(t[of]!)) : null);
      const meanAcc = (xs: readonly number[]) => round(sum(xs) / xs.length, 4);
      const row = {
        trials: configs.length,
        seconds: Object.fromEntries(Object.entries(t).filter(([, v]) => v.length).map(([k, v]) => [k, v.map((x) => round(x, 1))])),
        carefulOverBatched: ratio('careful', 'batched'),
        carefulOverUnbatched: ratio('careful', 'unbatched'),
        studyWayOverBatched: ratio('study', 'batched'),
        batchingSpeedup: ratio('unbatched', 'batched'),
        meanTestAccuracy: { transferlab: meanAcc(last.ours ?? []), torchCareful: meanAcc(last.careful?.accuracies ?? []) },
      };
      console.log(
        `vs PyTorch ${py.version}, depth ${depth} (${configs.length} trials, ${o.rounds} round(s), ${o.workers} x ${o.threads} threads each side): careful loop / Transferlab = ${row.carefulOverBatched}x batched, ${row.carefulOverUnbatched}x unbatched` +
          (row.studyWayOverBatched === null ? '' : `; the reference study's way / Transferlab = ${row.studyWayOverBatched}x`) +
          `; mean test accuracy ${row.meanTestAccuracy.transferlab} vs ${row.meanTestAccuracy.torchCareful}`,
      );
      byDepth[`depth${depth}`] = row;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const report = { date: new Date().toISOString(), torch: py.version, python: py.python, spec: o.spec, workers: o.workers, threads: o.threads, rounds: o.rounds, ...byDepth };
  writeFileSync(o.out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`wrote ${o.out}`);
}
