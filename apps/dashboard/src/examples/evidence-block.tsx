'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import type { OutputColumn, TableRow } from '../analyses/analyses.queries';
import { Cell } from '../analyses/cell';
import { asImage, columnLabel } from '../analyses/cell-values';
import { exampleHref } from '../analyses/image-links';
import { useRowClasses } from '../analyses/row-classes';
import { modelColumnOf, modelGroups, shownColumns } from './evidence-rows';
import type { ViewEvidence } from './examples.queries';
import { splitParam } from './example-params';
import { PictureOverImage, type PictureImage } from './picture-over-image';

const isRow = (r: unknown): r is TableRow => typeof r === 'object' && r !== null && !Array.isArray(r);

/** A cell by its column's role; another dataset image links to its own per-example page. */
export function EvidenceCell({
  column,
  row,
  classes,
  runIds,
  image,
}: {
  readonly column: OutputColumn;
  readonly row: TableRow;
  readonly classes: readonly string[] | undefined;
  readonly runIds: readonly string[];
  /** The image the rows are about: a picture is laid over it. */
  readonly image: PictureImage | null;
}): ReactNode {
  const value = row[column.name];
  if (column.role === 'picture' && typeof value === 'string')
    return <PictureOverImage picture={value} image={image} alt={columnLabel(column)} size={72} />;
  const cell = <Cell column={column} value={value} classes={classes} />;
  const img = column.role === 'image' ? asImage(row[column.name]) : null;
  if (!img) return cell;
  return (
    <Link
      href={exampleHref(img.dataset, img.index, runIds, splitParam(img.split))}
      data-testid="evidence-image-link"
    >
      {cell}
    </Link>
  );
}

/** A model id with the training its record states. */
export function ModelName({
  id,
  training,
}: {
  readonly id: string;
  readonly training: string | null;
}): ReactNode {
  return (
    <>
      <code>{id}</code>
      {training !== null && (
        <>
          {' '}
          <span className={`tag tag--${training}`} data-testid="model-training">
            {training}
          </span>
        </>
      )}
    </>
  );
}

/**
 * One evidence view of one run for the image: its title and its rows, with the columns its caption
 * declares drawn by their roles; rows about models are grouped per model, naturally trained first.
 */
export function EvidenceBlock({
  evidence,
  training,
  runIds,
}: {
  readonly evidence: ViewEvidence;
  readonly training: ReadonlyMap<string, string>;
  /** The runs the page gathers from, kept by the links to other images. */
  readonly runIds: readonly string[];
}): ReactNode {
  const rows = evidence.rows.filter(isRow);
  const classesOf = useRowClasses(evidence.table, rows);
  const columns = shownColumns(evidence);
  const model = modelColumnOf(columns);
  const rest = columns.filter((c) => c !== model);
  const groups = modelGroups(rows, model?.name, training);
  const imageOfRow = (r: TableRow): PictureImage | null => {
    const img = asImage(r[evidence.view.image ?? '']);
    return img ? { dataset: img.dataset, split: splitParam(img.split), index: img.index } : null;
  };
  return (
    <div
      className="example-evidence"
      data-testid="example-evidence"
      data-analysis={evidence.analysis}
      data-view={evidence.view.title}
      data-run={evidence.runId}
    >
      <h3>{evidence.view.title}</h3>
      {(evidence.view.description ?? evidence.table.description) && (
        <p className="muted small">{evidence.view.description ?? evidence.table.description}</p>
      )}
      <div className="table-scroll">
        <table className="table example-rows">
          <thead>
            <tr>
              {model && (
                <th scope="col" data-column={model.name}>
                  {columnLabel(model)}
                </th>
              )}
              {rest.map((c) => (
                <th key={c.name} scope="col" data-column={c.name} title={c.description ?? undefined}>
                  {columnLabel(c)}
                </th>
              ))}
            </tr>
          </thead>
          {groups.map((g) => (
            <tbody
              key={g.model ?? ''}
              className={g.training === 'natural' ? 'example-natural' : undefined}
              data-model={g.model ?? undefined}
            >
              {g.rows.map((r, i) => (
                <tr key={i} data-model={g.model ?? undefined}>
                  {model && i === 0 && (
                    <th scope="rowgroup" rowSpan={g.rows.length} className="example-model">
                      {g.model === null ? '—' : <ModelName id={g.model} training={g.training} />}
                    </th>
                  )}
                  {rest.map((c) => (
                    <td key={c.name} data-column={c.name}>
                      <EvidenceCell
                        column={c}
                        row={r}
                        classes={classesOf(r)}
                        runIds={runIds}
                        image={imageOfRow(r)}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
      {evidence.total > rows.length && (
        <p className="muted">
          {rows.length} of {evidence.total} rows shown.
        </p>
      )}
    </div>
  );
}
