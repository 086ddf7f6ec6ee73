import type { Dim } from './ir';

/** Helpers on static shapes whose dims may be symbolic ('batch') or unknown (undefined). */

/** numpy-style multidirectional broadcasting; a symbol against a number > 1 resolves to the number. */
export function broadcastShapes(...shapes: readonly (readonly Dim[])[]): Dim[] {
  const rank = Math.max(0, ...shapes.map((s) => s.length));
  const out: Dim[] = [];
  for (let i = 0; i < rank; i++) {
    let d: Dim = 1;
    for (const s of shapes) {
      const k = s.length - rank + i;
      if (k < 0) continue;
      const e = s[k];
      if (e === 1) continue;
      if (d === 1) d = e;
      else if (typeof d !== 'number' && typeof e === 'number') d = e;
      else if (d === undefined) d = e;
    }
    out.push(d);
  }
  return out;
}

export function sameDim(a: Dim, b: Dim): boolean {
  return a === b;
}

export function isStatic(shape: readonly Dim[]): shape is readonly number[] {
  return shape.every((d) => typeof d === 'number');
}

/** Product of dims; a single symbolic factor (times 1s) stays symbolic, otherwise unknown. */
export function dimProduct(dims: readonly Dim[]): Dim {
  let n = 1;
  const symbols: Dim[] = [];
  for (const d of dims) {
    if (typeof d === 'number') n *= d;
    else symbols.push(d);
  }
  if (symbols.length === 0) return n;
  if (symbols.length === 1 && n === 1) return symbols[0];
  return undefined;
}

export function normAxis(axis: number, rank: number): number {
  return axis < 0 ? axis + rank : axis;
}

export function formatShape(shape: readonly Dim[] | undefined): string {
  if (!shape) return '[?]';
  return `[${shape.map((d) => (d === undefined ? '?' : String(d))).join(', ')}]`;
}
