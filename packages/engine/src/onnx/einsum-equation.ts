/**
 * An ONNX Einsum equation ("bgid,bgjd->bgij", spaces allowed, letters a-z and A-Z): one list of
 * subscript letters per operand and for the output. Without "->" the output is every letter that
 * occurs once, in alphabetical order (ONNX's implicit mode). `ellipsis` marks a term with "...",
 * whose dims this parse does not place (`terms` then hold only its letters).
 */
export interface EinsumEquation {
  readonly inputs: readonly (readonly string[])[];
  readonly output: readonly string[];
  readonly ellipsis: boolean;
}

export function parseEinsum(equation: string): EinsumEquation {
  const eq = equation.replace(/\s+/g, '');
  const [lhs, rhs, extra] = eq.split('->');
  if (lhs === undefined || extra !== undefined || !/^[A-Za-z.,]*$/.test(lhs) || (rhs !== undefined && !/^[A-Za-z.]*$/.test(rhs))) {
    throw new Error(`Einsum equation '${equation}' is malformed`);
  }
  const letters = (term: string): string[] => [...term.replace('...', '')];
  const inputs = lhs.split(',').map(letters);
  const ellipsis = eq.includes('...');
  if (rhs !== undefined) return { inputs, output: letters(rhs), ellipsis };
  const counts = new Map<string, number>();
  for (const l of inputs.flat()) counts.set(l, (counts.get(l) ?? 0) + 1);
  const output = [...counts].filter(([, n]) => n === 1).map(([l]) => l).sort();
  return { inputs, output, ellipsis };
}
