// The Square Attack's query loop as it was before it skipped proposals equal to the best point
// (square.ts): every proposal of every example still resisting queried, one logits call per
// iteration. The reference the new loop must equal, outcome for outcome.
import type { Tensor } from '@transferlab/sdk';
import { checkCancelled, toAttack, type AttackRun } from '../../src/attack-run';
import type { SquareSettings } from '../../src/square/square';
import { squareFraction } from '../../src/square/p-schedule';
import { squareL2 } from '../../src/square/square-l2';
import { squareLinf } from '../../src/square/square-linf';
import type { SquareNorm } from '../../src/square/square-norm';
import type { Norm } from '../../src/steps';

const NORM_STEPS: Readonly<Record<Norm, SquareNorm>> = { Linf: squareLinf, L2: squareL2 };

/** z_y - max_{k != y} z_k per row: the margin the Square Attack lowers (fooled at <= 0). */
function margins(logits: Tensor, labels: readonly number[]): Float64Array {
  const n = labels.length;
  const c = n > 0 ? logits.data.length / n : 0;
  return Float64Array.from(labels, (y, i) => {
    let other = -Infinity;
    for (let k = 0; k < c; k++) if (k !== y) other = Math.max(other, logits.data[i * c + k] ?? -Infinity);
    return (logits.data[i * c + y] ?? 0) - other;
  });
}

/**
 * The Square Attack (Andriushchenko et al. 2020) on the examples still to attack: random
 * squares accepted when they lower the margin, with logits only. `queries` counts the
 * starting point; each iteration is one logits call for the examples not fooled yet.
 */
export async function referenceSquareComponent(run: AttackRun, s: SquareSettings, name = 'square'): Promise<void> {
  const rows = toAttack(run);
  if (rows.length === 0) return;
  const step = NORM_STEPS[s.norm];
  const size = run.outcome.size;
  const dims = run.batch.images.dims.slice(1);
  const orig = rows.map((i) => run.batch.images.data.subarray(i * size, (i + 1) * size));
  const best = orig.map((o) => step.init(o, dims, s.eps, run.random));
  const query = async (js: number[], points: Float32Array[]) => {
    const data = new Float32Array(js.length * size);
    points.forEach((p, k) => data.set(p, k * size));
    const logits = await run.ctx.engine.logits(run.model, { data, dims: [js.length, ...dims] });
    return margins(logits, js.map((j) => run.batch.labels[rows[j]!] ?? 0));
  };
  let active = rows.map((_, j) => j);
  const margin = await query(active, best);
  const settle = (j: number, m: number) => {
    if (m <= 0) run.outcome.fool(rows[j]!, best[j]!, m, name);
  };
  active.forEach((j) => settle(j, margin[j] ?? 0));
  active = active.filter((j) => (margin[j] ?? 0) > 0);
  for (let it = 0; it < s.queries - 1 && active.length > 0; it++) {
    checkCancelled(run.ctx);
    const p = squareFraction(s.pInit, it, s.queries);
    const proposals = active.map((j) => step.propose(orig[j]!, best[j]!, dims, s.eps, p, run.random));
    const m = await query(active, proposals);
    active.forEach((j, k) => {
      const mk = m[k] ?? Infinity;
      if (mk < (margin[j] ?? Infinity) || mk <= 0) {
        margin[j] = mk;
        best[j] = proposals[k]!;
        settle(j, mk);
      }
    });
    active = active.filter((j) => (margin[j] ?? 0) > 0);
  }
  for (const j of active) run.outcome.offer(rows[j]!, best[j]!, margin[j] ?? 0, -(margin[j] ?? 0), 'margin');
}
