import type { ReactNode } from 'react';
import { accuracyAxis } from '../compare/axes';
import { BandChart } from '../compare/band-chart';
import { valueDomain } from '../compare/chart-series';
import { AccuracyCell } from '../results/accuracy-cell';
import { Picker } from '../ui/picker';
import { EmptyState } from '../ui/states';
import { accuracyVsEps, aucRows, epsAxis, WORST_CASE } from './curve-series';
import type { RobustnessCurve } from './robustness.queries';

const attackLabel = (attack: string): string =>
  attack === WORST_CASE ? 'worst case (every attack, per image)' : attack;

/**
 * Accuracy vs eps for one dataset, norm and attack: a line and 95% band per source from eps 0
 * (clean) to the largest budget, and each source's area under the curve.
 */
export function RobustnessCurves({
  curves,
  dataset,
  norm,
  attacks,
  attack,
  colorOrder,
  onAttackChange,
}: {
  readonly curves: readonly RobustnessCurve[];
  readonly dataset: string;
  readonly norm: string;
  /** The attacks with curves here (curveAttacks). */
  readonly attacks: readonly string[];
  readonly attack: string | undefined;
  readonly colorOrder: readonly string[];
  readonly onAttackChange: (attack: string) => void;
}): ReactNode {
  if (attack === undefined) return <EmptyState title={`No curves for ${dataset} under ${norm} yet.`} />;
  const series = accuracyVsEps(curves, dataset, norm, attack);
  const auc = aucRows(curves, dataset, norm, attack);
  return (
    <section className="panel chart-panel" aria-labelledby="robustness-curves-heading">
      <h2 id="robustness-curves-heading">
        Accuracy vs {norm} ε on {dataset}
      </h2>
      <div className="pickers">
        <Picker
          label="Attack"
          testId="pick-attack"
          value={attack}
          options={attacks.map((a) => ({ value: a, label: attackLabel(a) }))}
          onChange={onAttackChange}
        />
      </div>
      <p className="muted legend-note">
        Mean robust accuracy over seeds with its 95% interval (shaded), per source; ε = 0 is the clean
        accuracy.
      </p>
      <BandChart
        testId="robustness-curves"
        data={series}
        colorOrder={colorOrder}
        x={epsAxis(norm, series)}
        y={accuracyAxis(valueDomain(series, 0.1, 0, 1))}
      />
      <table className="table auc-table" data-testid="robustness-auc" aria-label="Area under the curve">
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col" title="area under accuracy vs eps from 0 to the largest eps, divided by it">
              AUC
            </th>
            <th scope="col">Clean</th>
          </tr>
        </thead>
        <tbody>
          {auc.map((r) => (
            <tr key={r.source} data-source={r.source}>
              <td>{r.source}</td>
              <td data-column="auc">
                <AccuracyCell value={r.auc} />
              </td>
              <td data-column="clean">
                <AccuracyCell value={r.clean} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
