'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import type { TableRow } from '../analyses/analyses.queries';
import { columnLabel } from '../analyses/cell-values';
import { useRowClasses } from '../analyses/row-classes';
import { compareByModel, type CompareLine } from './compare';
import { EvidenceCell, ModelName } from './evidence-block';
import type { ViewEvidence } from './examples.queries';
import type { PictureImage } from './picture-over-image';

/** One view's line: its title and constants, then per model the rows about it, each a small card. */
function LineRow({
  line,
  models,
  image,
  runIds,
}: {
  readonly line: CompareLine<ViewEvidence>;
  readonly models: readonly string[];
  readonly image: PictureImage;
  readonly runIds: readonly string[];
}): ReactNode {
  const all = [...line.cells.values()].flat();
  const classesOf = useRowClasses(line.input.table, all);
  return (
    <tr data-testid="compare-line" data-analysis={line.analysis} data-view={line.title} data-run={line.runId}>
      <th scope="row" className="compare-title">
        <div>
          <span className="muted small">{line.analysis}</span>
          <br />
          {line.title}
        </div>
        <Link
          className="small"
          href={`/analyses/${encodeURIComponent(line.analysis)}?run=${encodeURIComponent(line.runId)}`}
        >
          run
        </Link>
      </th>
      {models.map((m) => {
        const rows = line.cells.get(m) ?? [];
        return (
          <td key={m} data-model={m} data-testid="compare-cell">
            {rows.length === 0 ? (
              <span className="muted">—</span>
            ) : (
              rows.map((r: TableRow, i) => (
                <dl key={i} className="compare-card">
                  {line.columns.map((c) => (
                    <div key={c.name} data-column={c.name}>
                      {c.role !== 'picture' && <dt>{columnLabel(c)}</dt>}
                      <dd>
                        <EvidenceCell
                          column={c}
                          row={r}
                          classes={classesOf(r)}
                          runIds={runIds}
                          image={image}
                        />
                      </dd>
                    </div>
                  ))}
                </dl>
              ))
            )}
          </td>
        );
      })}
    </tr>
  );
}

/**
 * The image side by side: a column per source model (naturally trained first), a line per
 * evidence view that is about models (smallest fooling ε, the training images behind the
 * prediction, the transferred models' predictions, heat maps laid over the image), so what each
 * analysis says of one source reads down its column.
 */
export function ExampleCompare({
  evidence,
  training,
  image,
  runIds,
}: {
  readonly evidence: readonly ViewEvidence[];
  readonly training: ReadonlyMap<string, string>;
  readonly image: PictureImage;
  readonly runIds: readonly string[];
}): ReactNode {
  const { models, lines } = compareByModel(evidence, training);
  if (lines.length === 0) return null;
  return (
    <section className="panel example-compare" data-testid="example-compare">
      <h2>Side by side</h2>
      <p className="muted small">
        Each source model in a column, the naturally trained first; a line per analysis&apos;s evidence view.
      </p>
      <div className="table-scroll">
        <table className="table compare-table">
          <thead>
            <tr>
              <th scope="col">Evidence</th>
              {models.map((m) => (
                <th
                  key={m.id}
                  scope="col"
                  data-model={m.id}
                  data-testid="compare-model"
                  className={m.training === 'natural' ? 'example-natural' : undefined}
                >
                  <ModelName id={m.id} training={m.training} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <LineRow key={l.key} line={l} models={models.map((m) => m.id)} image={image} runIds={runIds} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
