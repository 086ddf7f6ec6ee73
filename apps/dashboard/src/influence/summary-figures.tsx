import type { ReactNode } from 'react';
import { AccuracyCell } from '../results/accuracy-cell';
import { plusMinus, points, pValue } from '../results/format';
import type { InfluenceSetting } from './influence.queries';
import { deltaRows, metricLabel, SUMMARY_METRICS, summaryRows } from './summary-rows';

/** The deltas against the baseline: per source and metric, paired by seed, with the paired-t p-value. */
function DeltaTable({ setting }: { readonly setting: InfluenceSetting }): ReactNode {
  const rows = deltaRows(setting.deltas);
  if (rows.length === 0)
    return <p className="muted">No deltas: the run needs a baseline source and another source to compare.</p>;
  const baseline = rows[0]!.baseline;
  return (
    <table
      className="table influence-table influence-deltas"
      data-testid="influence-deltas"
      aria-label={`Minus ${baseline}`}
    >
      <thead>
        <tr>
          <th scope="col">Source</th>
          <th scope="col">Figure</th>
          <th scope="col" title={`the source's figure minus ${baseline}'s, paired by seed`}>
            Δ vs {baseline}
          </th>
          <th scope="col">p-value</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((d) => (
          <tr key={`${d.source}/${d.metric}`} data-source={d.source} data-metric={d.metric}>
            <td>{d.source}</td>
            <td>{metricLabel(d.metric)}</td>
            <td
              data-column="delta"
              className={d.mean >= 0 ? 'delta delta--up' : 'delta delta--down'}
              title={`${d.seeds} paired seed${d.seeds === 1 ? '' : 's'}`}
            >
              {points(d.mean)} <span className="ci">{plusMinus(d.low, d.high)}</span>
            </td>
            <td
              data-column="pValue"
              className={d.pValue !== null && d.pValue < 0.05 ? 'significant' : undefined}
            >
              {pValue(d.pValue)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The study's summary figures side by side per source (top-1 match, at least 3 of the top 5,
 * for test and for training targets), then each source minus the baseline.
 */
export function SummaryFigures({ setting }: { readonly setting: InfluenceSetting }): ReactNode {
  return (
    <section className="panel" aria-labelledby="influence-summary-heading">
      <h2 id="influence-summary-heading">Class match of the most helpful training images</h2>
      <p className="muted legend-note">
        Share of target images whose most helpful training image has their class (top-1), and whose 5 most
        helpful include at least 3 of it; “train”: training images as targets, each excluding itself. Mean
        over seeds; ± is half the 95% interval, in points.
      </p>
      <div className="table-scroll">
        <table className="table influence-table" data-testid="influence-summary" aria-label="Summary figures">
          <thead>
            <tr>
              <th scope="col">Source</th>
              {SUMMARY_METRICS.map((m) => (
                <th key={m.key} scope="col" title={m.title}>
                  {m.label}
                </th>
              ))}
              <th scope="col" title="how H⁺ was computed: the solver, its relative cutoff and the rank kept">
                Solver
              </th>
            </tr>
          </thead>
          <tbody>
            {summaryRows(setting).map((r) => (
              <tr key={r.source} data-source={r.source}>
                <td>{r.source}</td>
                {SUMMARY_METRICS.map((m) => (
                  <td key={m.key} data-column={m.key}>
                    <AccuracyCell value={r.figures[m.key]} />
                  </td>
                ))}
                <td data-column="solver" className="muted">
                  {r.solver}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <DeltaTable setting={setting} />
    </section>
  );
}
