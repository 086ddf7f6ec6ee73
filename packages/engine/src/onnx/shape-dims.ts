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

/** Product of dims (symbolic factors multiply into a monomial such as '8*N'); unknown if any dim is. */
export function dimProduct(dims: readonly Dim[]): Dim {
  return dims.reduce<Dim>((p, d) => dimMul(p, d), 1);
}

/*
 * Arithmetic on dimension values, as the shape subgraphs of exported models compute them
 * (Shape -> Gather -> Mul -> Unsqueeze -> Concat -> Reshape). A symbolic dim is read as a
 * monomial: an integer coefficient times named sizes, written '2*N' or 'N*T' (symbols sorted,
 * the coefficient first and left out when 1). Products and exact quotients of monomials are
 * monomials again, so `bsz * heads` and the later `view(bsz, heads, ...)` keep the batch
 * symbol; anything else symbolic (N + 1, N / 3) is unknown rather than guessed. Symbols are
 * sizes, so a monomial with a positive coefficient is never negative.
 */
interface Monomial {
  readonly coef: number;
  readonly syms: readonly string[];
}

function monomial(d: number | string): Monomial {
  if (typeof d === 'number') return { coef: d, syms: [] };
  let coef = 1;
  const syms: string[] = [];
  for (const part of d.split('*')) {
    if (/^-?\d+$/.test(part)) coef *= Number(part);
    else syms.push(part);
  }
  return { coef, syms: syms.sort() };
}

function dimOf(m: Monomial): Dim {
  if (m.syms.length === 0 || m.coef === 0) return m.coef;
  return m.coef === 1 ? m.syms.join('*') : `${m.coef}*${m.syms.join('*')}`;
}

const sameSymbols = (a: Monomial, b: Monomial): boolean => a.syms.length === b.syms.length && a.syms.every((s, i) => s === b.syms[i]);

export function dimMul(a: Dim, b: Dim): Dim {
  if (a === 0 || b === 0) return 0;
  if (a === undefined || b === undefined) return undefined;
  if (typeof a === 'number' && typeof b === 'number') return a * b;
  const x = monomial(a);
  const y = monomial(b);
  return dimOf({ coef: x.coef * y.coef, syms: [...x.syms, ...y.syms].sort() });
}

/** a / b when it divides exactly (numbers or monomials), else unknown. */
export function dimQuotient(a: Dim, b: Dim): Dim {
  if (a === undefined || b === undefined || b === 0) return undefined;
  const x = monomial(a);
  const y = monomial(b);
  const left = [...x.syms];
  for (const s of y.syms) {
    const k = left.indexOf(s);
    if (k < 0) return undefined;
    left.splice(k, 1);
  }
  if (x.coef % y.coef !== 0) return undefined;
  return dimOf({ coef: x.coef / y.coef, syms: left });
}

/** ONNX integer Div: numbers truncate toward zero; symbolic values only when exact. */
export function dimIntDiv(a: Dim, b: Dim): Dim {
  if (typeof a === 'number' && typeof b === 'number') return b === 0 ? undefined : Math.trunc(a / b);
  return dimQuotient(a, b);
}

/**
 * ONNX Mod on dims: fmod 0 is Python's % (the sign of the divisor), fmod 1 is C's fmod (the
 * sign of the dividend). A monomial whose coefficient the divisor divides gives 0 ('4*N' mod 2).
 */
export function dimMod(a: Dim, b: Dim, fmod = false): Dim {
  if (a === undefined || typeof b !== 'number' || b === 0) return undefined;
  if (typeof a === 'number') {
    const r = a % b;
    return fmod || r === 0 || Math.sign(r) === Math.sign(b) ? r : r + b;
  }
  return monomial(a).coef % b === 0 ? 0 : undefined;
}

export function dimAdd(a: Dim, b: Dim): Dim {
  if (a === undefined || b === undefined) return undefined;
  if (typeof a === 'number' && typeof b === 'number') return a + b;
  if (a === 0) return b;
  if (b === 0) return a;
  const x = monomial(a);
  const y = monomial(b);
  return sameSymbols(x, y) ? dimOf({ coef: x.coef + y.coef, syms: x.syms }) : undefined;
}

export function dimSub(a: Dim, b: Dim): Dim {
  return dimAdd(a, dimMul(b, -1));
}

/** Sign of a - b when it is decidable (a symbolic size is >= 0), else undefined. */
export function dimCompare(a: Dim, b: Dim): -1 | 0 | 1 | undefined {
  if (a === undefined || b === undefined) return undefined;
  if (a === b) return 0;
  const diff = dimSub(a, b);
  if (typeof diff === 'number') return diff < 0 ? -1 : diff > 0 ? 1 : 0;
  if (typeof a === 'number' || typeof b === 'number') {
    // A monomial against a number: its sign bounds it by 0 (N may be 0, so only strict cases decide).
    const [m, n, flip] = typeof b === 'number' ? [monomial(a), b, 1] : [monomial(b), a as number, -1];
    if (m.coef > 0 && n < 0) return flip > 0 ? 1 : -1;
    if (m.coef < 0 && n > 0) return flip > 0 ? -1 : 1;
  }
  return undefined;
}

export function normAxis(axis: number, rank: number): number {
  return axis < 0 ? axis + rank : axis;
}

export function formatShape(shape: readonly Dim[] | undefined): string {
  if (!shape) return '[?]';
  return `[${shape.map((d) => (d === undefined ? '?' : String(d))).join(', ')}]`;
}
