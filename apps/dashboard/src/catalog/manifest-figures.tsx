import type { ReactNode } from 'react';
import type { CatalogModel } from './catalog.queries';
import { percent } from './model-rows';

/**
 * The robust accuracy a model record states (the zoo's manifest, PGD on its own sample), a line
 * per threat model: `Linf ε=8/255: 82.5%`; a dash when it states none.
 */
export function ManifestFigures({ model }: { readonly model: CatalogModel }): ReactNode {
  if (model.robustAccuracy.length === 0) return <span className="muted">—</span>;
  return (
    <>
      <ul className="figure-list">
        {model.robustAccuracy.map((r) => (
          <li key={`${r.norm}-${r.eps}`} data-norm={r.norm} data-eps={r.eps}>
            <span className="muted">
              {r.norm} ε={r.epsLabel}:
            </span>{' '}
            <strong data-testid="robust-manifest">{percent(r.accuracy)}</strong>
          </li>
        ))}
      </ul>
      {model.robustCount != null && (
        <div className="muted small">on {model.robustCount.toLocaleString()} test images</div>
      )}
    </>
  );
}
