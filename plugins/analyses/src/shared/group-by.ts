/**
 * Items grouped by a key made of several values (compared as JSON, so [1, 'a'] and [1, 'a'] are
 * one group), in first-seen order.
 */
export function groupBy<T>(items: readonly T[], key: (t: T) => readonly unknown[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const it of items) {
    const k = JSON.stringify(key(it));
    const list = out.get(k);
    if (list) list.push(it);
    else out.set(k, [it]);
  }
  return out;
}

export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
