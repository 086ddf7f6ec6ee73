import type { ReactNode } from 'react';
import type { OutputTable, OutputView, TableRow } from '../analyses.queries';
import { Cell } from '../cell';
import { cellText, columnLabel } from '../cell-values';
import { columnOf } from '../view-data';

/** Images in a grid, each with its caption columns under it. */
export function GalleryView({
  view,
  table,
  rows,
}: {
  readonly view: OutputView;
  readonly table: OutputTable;
  readonly rows: readonly TableRow[];
}): ReactNode {
  const image = columnOf(table, view.image);
  if (!image) return null;
  const captions = view.caption.map((c) => columnOf(table, c)).filter((c) => c !== undefined);
  return (
    <ul className="output-gallery" data-testid={`view-gallery-${table.name}`}>
      {rows.map((r, i) => (
        <li key={i} data-testid="gallery-item">
          <Cell column={image} value={r[image.name]} />
          <dl>
            {captions.map((c) => (
              <div key={c.name}>
                <dt>{columnLabel(c)}</dt>
                <dd title={cellText(c, r[c.name])}>
                  <Cell column={c} value={r[c.name]} />
                </dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ul>
  );
}
