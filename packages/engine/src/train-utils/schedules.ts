/** Learning rate as a function of the step (0-based). */
export type LrSchedule = (step: number) => number;

/** lr = base * gamma^(number of milestones <= step), as torch's MultiStepLR. */
export function stepSchedule(base: number, milestones: readonly number[], gamma = 0.1): LrSchedule {
  const sorted = [...milestones].sort((a, b) => a - b);
  return (step) => base * gamma ** sorted.filter((m) => step >= m).length;
}

/**
 * Cosine decay from base to min over totalSteps after a linear warmup (from base/warmup
 * up to base); constant min after totalSteps. As torch's CosineAnnealingLR without restarts.
 */
export function cosineSchedule(base: number, totalSteps: number, opts: { min?: number; warmupSteps?: number } = {}): LrSchedule {
  const min = opts.min ?? 0;
  const warm = opts.warmupSteps ?? 0;
  return (step) => {
    if (step < warm) return (base * (step + 1)) / warm;
    const span = Math.max(1, totalSteps - warm);
    const t = Math.min(1, (step - warm) / span);
    return min + 0.5 * (base - min) * (1 + Math.cos(Math.PI * t));
  };
}
