/** Same budget up to float noise (8/255 written as 0.0313725 or 8/255), as the server compares them. */
export const sameEps = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a));

/**
 * A budget as people write it: Linf budgets that are whole multiples of 1/255 as `8/255`
 * (pixel steps), everything else as a plain number (`0.5`, `0.03`).
 */
export function epsLabel(norm: string, eps: number): string {
  if (eps === 0) return '0';
  const steps = eps * 255;
  if (norm === 'Linf' && Math.abs(steps - Math.round(steps)) < 1e-4) return `${Math.round(steps)}/255`;
  return String(Number(eps.toPrecision(4)));
}

/** A threat model: `Linf ε=8/255`. */
export const threatLabel = (norm: string, eps: number): string => `${norm} ε=${epsLabel(norm, eps)}`;
