import type { AttackRun } from './attack-run';

/** Per example, the other classes by decreasing clean logit: index k is the (k+1)-th most likely wrong class. */
export function rankedTargets(run: AttackRun): number[][] {
  const c = run.classes;
  const z = run.clean.data;
  return Array.from(run.batch.labels, (y, i) =>
    Array.from({ length: c }, (_, k) => k).filter((k) => k !== y).sort((a, b) => (z[i * c + b] ?? 0) - (z[i * c + a] ?? 0)),
  );
}
