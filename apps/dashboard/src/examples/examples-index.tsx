'use client';

import Link from 'next/link';
import { useState, type ReactNode } from 'react';
import { RunPicker } from '../results/run-picker';
import { useUrlParams } from '../results/use-url-params';
import { DisagreementTable } from '../saliency/disagreement-table';
import { datasetsOf, exampleHref, pickOne } from '../saliency/saliency-choice';
import { useSaliencyData } from '../saliency/use-saliency-data';
import { Picker } from '../ui/picker';
import { EmptyState, ErrorState, LoadingState } from '../ui/states';

/** The examples index: open any test image, or pick one where robust and natural sources disagree most. */
export function ExamplesIndex(): ReactNode {
  const [params, setParams] = useUrlParams();
  const data = useSaliencyData(params.get('run'));
  const [dataset, setDataset] = useState('fashion-mnist-a');
  const [index, setIndex] = useState('0');
  const open = (
    <form
      className="pickers"
      action={exampleHref(dataset, Number(index) || 0, [])}
      method="get"
      onSubmit={(e) => {
        e.preventDefault();
        window.location.assign(exampleHref(dataset, Number(index) || 0, []));
      }}
    >
      <label>
        Dataset{' '}
        <input value={dataset} onChange={(e) => setDataset(e.target.value)} data-testid="example-dataset" />
      </label>
      <label>
        Test index{' '}
        <input
          value={index}
          inputMode="numeric"
          onChange={(e) => setIndex(e.target.value)}
          data-testid="example-index"
        />
      </label>
      <button type="submit">Open</button>
    </form>
  );
  if (data.state === 'loading') return <LoadingState>{data.what}</LoadingState>;
  if (data.state === 'error')
    return <ErrorState title={data.what} message={data.message} onRetry={data.retry} />;
  if (data.state !== 'ready')
    return (
      <>
        {open}
        <EmptyState title="No saliency results to rank images by yet.">
          <p>
            Start a <Link href="/runs/new">saliency run</Link>; the images where robust and natural sources
            disagree most are listed here.
          </p>
        </EmptyState>
      </>
    );
  const ds = pickOne(datasetsOf(data.results.groups), params.get('dataset'))!;
  return (
    <>
      {open}
      <div className="pickers">
        <RunPicker
          runs={data.runs}
          runId={data.runId}
          onChange={(run) => setParams({ run, dataset: null })}
        />
        <Picker
          label="Dataset"
          testId="pick-dataset"
          value={ds}
          options={datasetsOf(data.results.groups).map((d) => ({ value: d, label: d }))}
          onChange={(d) => setParams({ run: data.runId, dataset: d })}
        />
      </div>
      <h2>Where robust and natural sources disagree most</h2>
      <DisagreementTable runId={data.runId} dataset={ds} method="gradient" runIds={[]} />
    </>
  );
}
