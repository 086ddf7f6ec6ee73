/** What the System page shows of a worker's current trials: "idle", or run and short key of each. */
export function currentTrialsText(trials: readonly { readonly runId: string; readonly trialKey: string }[]): string {
  if (trials.length === 0) return 'idle';
  return trials.map((t) => `run ${t.runId.slice(0, 8)} · trial ${t.trialKey.slice(0, 12)}`).join(', ');
}

/** "up 3 min" style age of a worker from its start, at `now`. */
export function uptimeText(startedAt: string, now: number): string {
  const s = Math.max(0, Math.round((now - Date.parse(startedAt)) / 1000));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}
