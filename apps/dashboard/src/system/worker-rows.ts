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

/** Bytes as the System page shows them: "812 MB", "3.9 GB"; a dash when unknown. */
export function bytesText(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return '–';
  if (bytes >= 2 ** 30) return `${(bytes / 2 ** 30).toFixed(1)} GB`;
  return `${Math.round(bytes / 2 ** 20)} MB`;
}

/** One engine process's memory: "pid 4321: RSS 812 MB · heap 95 MB · cache 410 MB" (cache left out where not reported). */
export function processMemoryText(p: {
  readonly pid: number;
  readonly rssBytes?: number | null;
  readonly heapUsedBytes?: number | null;
  readonly cacheBytes?: number | null;
}): string {
  const cache = p.cacheBytes === null || p.cacheBytes === undefined ? '' : ` · cache ${bytesText(p.cacheBytes)}`;
  return `pid ${p.pid}: RSS ${bytesText(p.rssBytes)} · heap ${bytesText(p.heapUsedBytes)}${cache}`;
}

/** The recycle policy and what it did: "recycled over 2048 MB · 3 replaced", or "no recycling". */
export function recycleText(thresholdMb: number | null | undefined, recycles: number): string {
  const replaced = `${recycles} replaced`;
  return thresholdMb === null || thresholdMb === undefined ? `no recycling · ${replaced}` : `recycled over ${thresholdMb} MB · ${replaced}`;
}
