import type { ReactNode } from 'react';
import { RobustFigureLine } from './robust-figure-line';
import type { RobustFigure } from './robust-figures';

/** Every threat model a model has a robust figure for, one line each; a dash when none. */
export function RobustFigureList({ figures }: { readonly figures: readonly RobustFigure[] }): ReactNode {
  if (figures.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="robust-list">
      {figures.map((f) => (
        <li key={`${f.norm}-${f.eps}`}>
          <RobustFigureLine figure={f} />
        </li>
      ))}
    </ul>
  );
}
