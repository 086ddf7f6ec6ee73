import Link from 'next/link';
import type { ReactNode } from 'react';
import { percent } from '../results/format';
import { measuredHref, type RobustFigure } from './robust-figures';

/**
 * One threat model's robust accuracy in a line: `Linf ε=8/255: 82.5% manifest · 80.1% measured`,
 * the measured figure linking to the robustness run it comes from, marked when its checks failed.
 */
export function RobustFigureLine({ figure }: { readonly figure: RobustFigure }): ReactNode {
  const { manifest, measured } = figure;
  const href = measuredHref(figure);
  return (
    <span className="robust-figure" data-norm={figure.norm} data-eps={figure.eps}>
      {figure.label}:{' '}
      {manifest !== null && (
        <span data-testid="robust-manifest" title="zoo manifest (PGD)">
          <strong>{percent(manifest)}</strong> manifest
        </span>
      )}
      {manifest !== null && measured && ' · '}
      {measured && href && (
        <Link
          href={href}
          data-testid="robust-measured"
          title={`worst case of ${measured.attacks.join(', ')} on ${measured.dataset} (clean ${percent(measured.clean)}), run ${measured.runId}`}
        >
          <strong>{percent(measured.accuracy)}</strong> measured
        </Link>
      )}
      {measured && measured.flags.length > 0 && (
        <span className="flag-mark" title={`potentially unreliable: ${measured.flags.join(', ')}`}>
          {' '}
          ⚠
        </span>
      )}
    </span>
  );
}
