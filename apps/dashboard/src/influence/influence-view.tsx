'use client';

import type { ReactNode } from 'react';
import { RunPicker } from '../results/run-picker';
import { depthLabel, pickBaseline } from '../results/selection';
import { StaleNotice } from '../results/setting-pickers';
import { useUrlParams } from '../results/use-url-params';
import { Picker } from '../ui/picker';
import { EmptyState } from '../ui/states';
import { thumbnailDataset } from './gallery-images';
import { InfluenceGallery } from './influence-gallery';
import { InfluenceStates } from './influence-states';
import { MatchCurvesPanel } from './match-curves-panel';
import { pickInfluenceSetting } from './setting-choice';
import { SummaryFigures } from './summary-figures';
import { pickTestImage } from './test-image';
import { TestImageChooser } from './test-image-chooser';
import { useInfluenceData } from './use-influence-data';

/**
 * The influence page body: for one influence run, target, depth and n, the summary figures and
 * class-match curves per source, then a test image with each source's most helpful and harmful
 * training images. Every choice lives in the URL (run, target, depth, n, baseline, image).
 */
export function InfluenceView(): ReactNode {
  const [params, setParams] = useUrlParams();
  const data = useInfluenceData(params.get('run'), params.get('baseline'));
  const changeRun = (run: string): void =>
    setParams({ run, target: null, depth: null, n: null, baseline: null, image: null });
  if (data.state !== 'ready') return <InfluenceStates data={data} onRunChange={changeRun} />;

  const choice = pickInfluenceSetting(data.results.settings, {
    target: params.get('target'),
    depth: params.get('depth'),
    n: params.get('n'),
  });
  if (!choice) return <EmptyState title="This run has no results yet." />;
  const { setting } = choice;
  const image = pickTestImage(setting.testIndices, params.get('image'));
  const sources = setting.sources.map((s) => s.source).sort();
  // The server's default baseline follows the same rule (the first source named *natural*).
  const baseline = setting.deltas[0]?.baseline ?? pickBaseline(sources, params.get('baseline')) ?? '';
  // Writing every current choice makes the URL after any change a complete, shareable link.
  const choose = (changes: Record<string, string | null>): void =>
    setParams({
      run: data.runId,
      target: choice.target,
      depth: String(choice.depth),
      n: String(choice.n),
      image: image ? String(image.index) : null,
      ...changes,
    });

  return (
    <>
      <StaleNotice because={data.staleBecause} />
      <div className="pickers">
        <RunPicker runs={data.runs} runId={data.runId} onChange={changeRun} />
        <Picker
          label="Target dataset"
          testId="pick-target"
          value={choice.target}
          options={choice.targets.map((t) => ({ value: t, label: t }))}
          // Another target scores other test images and may lack this depth and n.
          onChange={(target) => choose({ target, depth: null, n: null, image: null })}
        />
        <Picker
          label="Depth"
          testId="pick-depth"
          value={String(choice.depth)}
          options={choice.depths.map((d) => ({ value: String(d), label: depthLabel(d) }))}
          onChange={(depth) => choose({ depth, n: null })}
        />
        <Picker
          label="Training images n"
          testId="pick-n"
          value={String(choice.n)}
          options={choice.ns.map((n) => ({ value: String(n), label: String(n) }))}
          onChange={(n) => choose({ n })}
        />
        <Picker
          label="Baseline"
          testId="pick-baseline"
          value={baseline}
          options={[
            ...(baseline === '' ? [{ value: '', label: '(none)' }] : []),
            ...sources.map((s) => ({ value: s, label: s })),
          ]}
          onChange={(b) => choose({ baseline: b === '' ? null : b })}
        />
      </div>
      <SummaryFigures setting={setting} />
      <MatchCurvesPanel setting={setting} colorOrder={sources} />
      <section className="panel" aria-labelledby="influence-gallery-heading">
        <h2 id="influence-gallery-heading">Most helpful and harmful training images</h2>
        {image ? (
          <>
            <TestImageChooser choice={image} onChange={(i) => choose({ image: String(i) })} />
            <InfluenceGallery
              runId={data.runId}
              target={choice.target}
              depth={choice.depth}
              n={choice.n}
              testIndex={image.index}
              dataset={thumbnailDataset(choice.target, data.params)}
            />
          </>
        ) : (
          <p className="muted">This setting scored no test images.</p>
        )}
      </section>
    </>
  );
}
