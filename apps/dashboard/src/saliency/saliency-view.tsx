'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { plusMinus, pValue } from '../results/format';
import { RunPicker } from '../results/run-picker';
import { RunStates } from '../results/run-states';
import { useUrlParams } from '../results/use-url-params';
import { Picker } from '../ui/picker';
import { AlignmentChart } from './alignment-chart';
import { DisagreementTable } from './disagreement-table';
import { datasetsOf, kindsOf, MAP_KINDS, methodOfKind, pickOne } from './saliency-choice';
import { SaliencyGrid } from './saliency-grid';
import { useSaliencyData } from './use-saliency-data';

/**
 * The saliency page body: for one saliency run and dataset, the alignment chart per source (with
 * the robust-minus-natural deltas), then the grid of heat maps of the chosen kind and the images
 * where the sources disagree most. Every choice lives in the URL (run, dataset, kind, page).
 */
export function SaliencyView(): ReactNode {
  const [params, setParams] = useUrlParams();
  const data = useSaliencyData(params.get('run'));
  const changeRun = (run: string): void => setParams({ run, dataset: null, kind: null, page: null });
  if (data.state !== 'ready') {
    return (
      <RunStates
        data={data}
        onRunChange={changeRun}
        noRunsTitle="No saliency runs yet."
        noRuns={
          <p>
            Start one on the <Link href="/runs/new">new-run</Link> page (analysis <code>saliency</code>).
          </p>
        }
        resultsHint="Maps and scores appear here as trials complete."
      />
    );
  }
  const groups = data.results.groups;
  const dataset = pickOne(datasetsOf(groups), params.get('dataset'))!;
  const kind = pickOne(kindsOf(groups, dataset), params.get('kind')) ?? 'gradient';
  const method = methodOfKind(kind);
  const group = groups.find((g) => g.dataset === dataset && g.method === method)!;
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  const choose = (changes: Record<string, string | null>): void =>
    setParams({ run: data.runId, dataset, kind, ...changes });
  return (
    <>
      <div className="pickers">
        <RunPicker runs={data.runs} runId={data.runId} onChange={changeRun} />
        <Picker
          label="Dataset"
          testId="pick-dataset"
          value={dataset}
          options={datasetsOf(groups).map((d) => ({ value: d, label: d }))}
          onChange={(d) => choose({ dataset: d, kind: null, page: null })}
        />
        <Picker
          label="Map"
          testId="pick-kind"
          value={kind}
          options={kindsOf(groups, dataset).map((k) => ({
            value: k,
            label: MAP_KINDS.find((m) => m.value === k)!.label,
          }))}
          onChange={(k) => choose({ kind: k, page: null })}
        />
      </div>
      <p className="muted">
        Model:{' '}
        {group.setting === 'source'
          ? 'each source as it is'
          : `each source fine-tuned to ${dataset} (${group.setting})`}
        .
      </p>
      <h2>Alignment per source</h2>
      <AlignmentChart group={group} />
      {group.deltas.length > 0 && (
        <table className="table" data-testid="saliency-deltas">
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Δ alignment vs {group.deltas[0]!.baseline}</th>
              <th scope="col">p-value</th>
              <th scope="col">Images</th>
            </tr>
          </thead>
          <tbody>
            {group.deltas.map((d) => (
              <tr key={d.source}>
                <td>{d.source}</td>
                <td className={d.mean >= 0 ? 'delta delta--up' : 'delta delta--down'}>
                  {d.mean.toFixed(3)} <span className="ci">{plusMinus(d.low, d.high)}</span>
                </td>
                <td>{pValue(d.pValue)}</td>
                <td>{d.images}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {group.sources.some((s) => s.completeness) && (
        <table className="table" data-testid="saliency-completeness">
          <caption>
            Integrated gradients: how closely each image&apos;s attributions sum to f(x) − f(black), f the
            label&apos;s logit (relative error; images where f does not change are left out).
          </caption>
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Within 1%</th>
              <th scope="col">Median error</th>
              <th scope="col">Worst</th>
              <th scope="col">Images</th>
            </tr>
          </thead>
          <tbody>
            {group.sources.map((s) =>
              s.completeness ? (
                <tr key={s.source}>
                  <td>{s.source}</td>
                  <td>{(100 * s.completeness.withinOnePercent).toFixed(1)}%</td>
                  <td>{(100 * s.completeness.median).toFixed(2)}%</td>
                  <td>{(100 * s.completeness.max).toFixed(1)}%</td>
                  <td>{s.completeness.images}</td>
                </tr>
              ) : null,
            )}
          </tbody>
        </table>
      )}
      <h2>What each source looks at</h2>
      <SaliencyGrid
        runId={data.runId}
        dataset={dataset}
        kind={kind}
        page={page}
        onPage={(p) => choose({ page: String(p) })}
      />
      <h2>Where robust and natural disagree most</h2>
      <DisagreementTable runId={data.runId} dataset={dataset} method={method} runIds={[data.runId]} />
    </>
  );
}
