/** A computed table, valid while its run has this many results. */
interface Entry {
  readonly results: number;
  readonly rows: readonly Record<string, unknown>[];
}

/**
 * Computed tables per run, table and options, dropped when the run's result count changes (a
 * dashboard polling a running sweep would otherwise recompute them on every read), least
 * recently read first past the cap.
 */
export class TableCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly capacity = 128) {}

  get(key: string, results: number): readonly Record<string, unknown>[] | undefined {
    const e = this.entries.get(key);
    if (!e || e.results !== results) return undefined;
    this.entries.delete(key);
    this.entries.set(key, e);
    return e.rows;
  }

  set(key: string, results: number, rows: readonly Record<string, unknown>[]): void {
    this.entries.delete(key);
    this.entries.set(key, { results, rows });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}
