import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OP_GRADIENTS } from '../src/grad/ops/index';
import { FORWARD_ONLY_OPS } from '../src/validate/forward-only-ops';

/**
 * Rewrites the op list in packages/engine/README.md (between the ops markers) from the
 * rule table, so the documentation cannot drift from the code: `npm run docs:ops -w @transferlab/engine`.
 */
export function opsMarkdown(): string {
  const all = [...OP_GRADIENTS.values()].sort((a, b) => a.opType.localeCompare(b.opType));
  const rules = all.filter((g) => !('noGradient' in g)).map((g) => `\`${g.opType}\``);
  const passive = all.filter((g) => 'noGradient' in g).map((g) => `\`${g.opType}\``);
  const fwd = FORWARD_ONLY_OPS.filter((o) => !OP_GRADIENTS.has(o)).map((o) => `\`${o}\``);
  return [
    `With a vector-Jacobian rule (${rules.length}): ${rules.join(', ')}.`,
    '',
    `No gradient (shapes, masks, constants; ${passive.length}): ${passive.join(', ')}.`,
    '',
    `Accepted forward-only (the validator lets them run; a gradient through them is refused; ${fwd.length}): ${fwd.join(', ')}.`,
  ].join('\n');
}

const START = '<!-- ops:start -->';
const END = '<!-- ops:end -->';

function main(): void {
  const path = join(__dirname, '..', 'README.md');
  const text = readFileSync(path, 'utf8');
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < a) throw new Error(`README.md lacks the ${START} ... ${END} markers`);
  writeFileSync(path, `${text.slice(0, a + START.length)}\n${opsMarkdown()}\n${text.slice(b)}`);
  console.log('README.md op list updated');
}

main();
