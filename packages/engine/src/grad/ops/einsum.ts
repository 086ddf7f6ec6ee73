import { attrString } from '../../onnx/attributes';
import { parseEinsum } from '../../onnx/einsum-equation';
import type { OpGradient } from '../rule';

/**
 * Einsum with explicit letters. Y = einsum(A_1, ..., A_n -> O) is linear in each operand, so
 * dA_i = einsum(O, A_1, ..., (not A_i), ..., A_n -> A_i) applied to dY and the other operands:
 * letters A_i shares with the output or with another operand are kept, the others summed.
 * ("bgid,bgjd->bgij": dA = einsum("bgij,bgjd->bgid", dY, B), dB = einsum("bgij,bgid->bgjd", dY, A).)
 * Refused, naming the equation: "..." (ellipsis), a letter repeated within one term (a diagonal),
 * and a letter of A_i that occurs nowhere else (a sum over it: its gradient would be a broadcast).
 */
export const einsum: OpGradient = {
  opType: 'Einsum',
  vjp: ({ node, dOutputs, needsGrad, emit }) => {
    const dy = dOutputs[0];
    if (!dy) return node.inputs.map(() => undefined);
    const equation = attrString(node, 'equation', '');
    const eq = parseEinsum(equation);
    const refuse = (why: string): never => {
      throw new Error(`node '${node.name}' (Einsum): no gradient for equation '${equation}': ${why}`);
    };
    if (eq.ellipsis) refuse('ellipsis ("...") is not supported');
    for (const term of [...eq.inputs, eq.output]) {
      if (new Set(term).size !== term.length) refuse(`a letter repeats within '${term.join('')}' (a diagonal)`);
    }
    return node.inputs.map((_name, i) => {
      if (!needsGrad[i]) return undefined;
      const others = node.inputs.filter((_n, j) => j !== i);
      const otherTerms = eq.inputs.filter((_t, j) => j !== i);
      const target = eq.inputs[i]!;
      const seen = new Set([...eq.output, ...otherTerms.flat()]);
      const lone = target.filter((l) => !seen.has(l));
      if (lone.length > 0) refuse(`operand ${i} sums over '${lone.join('')}', which no other term has`);
      const gradEquation = `${[eq.output, ...otherTerms].map((t) => t.join('')).join(',')}->${target.join('')}`;
      return emit.op1('Einsum', [dy, ...others], { equation: { type: 'string', value: gradEquation } });
    });
  },
};
