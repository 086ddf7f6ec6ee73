'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import type { OutputColumn, OutputTable, OutputView, TableRow } from '../analyses.queries';
import { Cell } from '../cell';
import { asImage, cellText, columnLabel } from '../cell-values';
import { galleryGroups } from '../gallery-groups';
import { exampleHref } from '../image-links';
import { useRowClasses } from '../row-classes';
import { columnOf } from '../view-data';

type Classes = readonly string[] | undefined;

/** A column's label and value, as a heading or header reads them. */
function Labelled({
  column,
  row,
  classes,
}: {
  readonly column: OutputColumn;
  readonly row: TableRow;
  readonly classes: Classes;
}): ReactNode {
  return (
    <span
      className="labelled"
      data-column={column.name}
      data-value={cellText(column, row[column.name], classes)}
    >
      <span className="muted">{columnLabel(column)}</span>{' '}
      <Cell column={column} value={row[column.name]} classes={classes} />
    </span>
  );
}

/** What the facets fix, once above the images: an image large (linked to its per-example page), the rest as text. */
function GalleryHeader({
  columns,
  row,
  classes,
}: {
  readonly columns: readonly OutputColumn[];
  readonly row: TableRow;
  readonly classes: Classes;
}): ReactNode {
  const images = columns.filter((c) => c.role === 'image' || c.role === 'picture');
  const rest = columns.filter((c) => !images.includes(c));
  return (
    <figure className="gallery-header" data-testid="gallery-header">
      {images.map((c) => (
        <Cell key={c.name} column={c} value={row[c.name]} />
      ))}
      <figcaption>
        {rest.map((c) => (
          <Labelled key={c.name} column={c} row={row} classes={classes} />
        ))}
        {images.map((c) => {
          const img = c.role === 'image' ? asImage(row[c.name]) : null;
          return img?.split === 'test' ? (
            <Link
              key={c.name}
              href={exampleHref(img.dataset, img.index, [])}
              data-testid="gallery-example-link"
            >
              per-example view →
            </Link>
          ) : null;
        })}
      </figcaption>
    </figure>
  );
}

/**
 * Images in a grid, each with its caption columns under it and outlined where the mark column
 * reads 'yes'; with group columns, in strips per value headed by them; with header columns, what
 * the facets fix shown once above.
 */
export function GalleryView({
  view,
  table,
  rows,
}: {
  readonly view: OutputView;
  readonly table: OutputTable;
  readonly rows: readonly TableRow[];
}): ReactNode {
  const classesOf = useRowClasses(table, rows);
  const image = columnOf(table, view.image);
  if (!image) return null;
  const columns = (names: readonly string[]): OutputColumn[] =>
    names.map((c) => columnOf(table, c)).filter((c) => c !== undefined);
  const captions = columns(view.caption);
  const header = columns(view.header);
  const groups = columns(view.group);
  const mark = columnOf(table, view.mark);
  const first = rows[0];

  const grid = (list: readonly TableRow[]): ReactNode => (
    <ul className={groups.length > 0 ? 'output-gallery output-gallery--strip' : 'output-gallery'}>
      {list.map((r, i) => {
        const marked = mark !== undefined && r[mark.name] === 'yes';
        const classes = classesOf(r);
        return (
          <li
            key={i}
            data-testid="gallery-item"
            className={marked ? 'marked' : undefined}
            title={marked ? `${columnLabel(mark)}: yes` : undefined}
            data-marked={marked ? 'yes' : undefined}
          >
            <Cell column={image} value={r[image.name]} />
            <dl>
              {captions.map((c) => (
                <div key={c.name}>
                  <dt>{columnLabel(c)}</dt>
                  <dd title={cellText(c, r[c.name], classes)} data-column={c.name}>
                    <Cell column={c} value={r[c.name]} classes={classes} />
                  </dd>
                </div>
              ))}
            </dl>
          </li>
        );
      })}
    </ul>
  );

  return (
    <div data-testid={`view-gallery-${table.name}`}>
      {header.length > 0 && first && (
        <GalleryHeader columns={header} row={first} classes={classesOf(first)} />
      )}
      {groups.length === 0
        ? grid(rows)
        : galleryGroups(rows, view.group).map((section, s) => {
            const classes = classesOf(section.head);
            const outer = groups.slice(0, -1);
            const last = groups[groups.length - 1]!;
            return (
              <section key={s} className="gallery-section" data-testid="gallery-section">
                {outer.length > 0 && (
                  <h3>
                    {outer.map((c) => (
                      <Labelled key={c.name} column={c} row={section.head} classes={classes} />
                    ))}
                  </h3>
                )}
                {section.strips.map((strip) => (
                  <div
                    key={String(strip.value)}
                    className="gallery-strip"
                    data-testid="gallery-strip"
                    data-value={String(strip.value)}
                  >
                    <h4>
                      <Labelled column={last} row={strip.rows[0]!} classes={classes} />
                    </h4>
                    {grid(strip.rows)}
                  </div>
                ))}
              </section>
            );
          })}
    </div>
  );
}
