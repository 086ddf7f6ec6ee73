import Link from 'next/link';
import type { ReactNode } from 'react';
import { figureGroups, type FigureLine } from './model-figures';
import type { AnalysisFigures } from './model-figures.queries';

function Warnings({ warnings }: { readonly warnings: readonly string[] }): ReactNode {
  if (warnings.length === 0) return null;
  return (
    <span className="flag-mark" data-testid="model-figure-warning" title={warnings.join('\n')}>
      {' '}
      ⚠
    </span>
  );
}

/** One row's figures: where, then its values linking to the analysis's page at that row. */
function FigureLineView({ line }: { readonly line: FigureLine }): ReactNode {
  return (
    <>
      {line.key !== '' && <span className="muted">{line.key}: </span>}
      <Link href={line.href} data-testid="model-figure-link" title={line.detail || undefined}>
        {line.values.length === 0
          ? 'figures'
          : line.values.map((v, i) => (
              <span key={v.label}>
                {i > 0 && ' · '}
                <strong>{v.text}</strong> {v.label}
              </span>
            ))}
      </Link>
      <Warnings warnings={line.warnings} />
    </>
  );
}

/**
 * What every analysis measured for a model (its `Model.figures`), a line per row drawn by the
 * columns' roles under the analysis's name, which links to the run; a dash when none.
 */
export function ModelFiguresList({
  modelId,
  figures,
}: {
  readonly modelId: string;
  readonly figures: readonly AnalysisFigures[];
}): ReactNode {
  const groups = figureGroups(modelId, figures);
  if (groups.length === 0) return <span className="muted">—</span>;
  return groups.map((g) => (
    <div
      key={g.key}
      className="model-figures"
      data-testid="model-figures"
      data-analysis={g.analysis}
      data-table={g.table}
    >
      <Link href={g.href} className="small" title={`run ${g.runId}`}>
        {g.title}
      </Link>
      <ul className="figure-list">
        {g.lines.map((l, i) => (
          <li key={i} data-testid="model-figure">
            <FigureLineView line={l} />
          </li>
        ))}
      </ul>
    </div>
  ));
}
