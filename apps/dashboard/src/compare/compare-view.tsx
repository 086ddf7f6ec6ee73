'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { AnalysisStates } from '../results/analysis-states';
import {
  analysisHref,
  budgets as budgetsOf,
  depthParam,
  pickSetting,
} from '../results/selection';
import { SettingPickers, StaleNotice } from '../results/setting-pickers';
import { useAnalysisData } from '../results/use-analysis-data';
import { useUrlParams } from '../results/use-url-params';
import { Picker } from '../ui/picker';
import { EmptyState } from '../ui/states';
import { accuracyAxis, budgetAxis, deltaAxis, epochAxis } from './axes';
import { BandChart } from './band-chart';
import { accuracyVsEpoch, accuracyVsN, deltaVsN, epochBudgets, valueDomain } from './chart-series';

/**
 * The compare page body: for one run, target and depth, accuracy vs n per source (the
 * reference study's Figure 1a), each source minus the baseline vs n (1b), and accuracy vs
 * epochs at one budget (Figure 2). Choices live in the URL like the leaderboard's.
 */
export function CompareView(): ReactNode {
  const [params, setParams] = useUrlParams();
  const data = useAnalysisData({ run: params.get('run'), baseline: params.get('baseline') });
  if (data.state !== 'ready') return <AnalysisStates data={data} onRunChange={(run) => setParams({ run })} />;

  const choice = pickSetting(data.results, { target: params.get('target'), depth: params.get('depth') });
  if (!choice) return <EmptyState title="This run has no results yet." />;
  const { setting } = choice;
  const ns = budgetsOf(setting);
  const withEpochs = epochBudgets(setting);
  // Figure 2 defaults to the smallest budget: where the sources differ most.
  const requestedN = Number(params.get('n') ?? NaN);
  const epochN = withEpochs.includes(requestedN) ? requestedN : withEpochs[0];
  const choose = (changes: Record<string, string>): void =>
    setParams({
      run: data.runId,
      target: choice.target,
      depth: depthParam(choice.depth),
      ...(epochN !== undefined ? { n: String(epochN) } : {}),
      ...(data.baseline ? { baseline: data.baseline } : {}),
      ...changes,
    });

  const accuracy = accuracyVsN(setting);
  const delta = data.baseline ? deltaVsN(setting, data.baseline) : undefined;
  const epochs = epochN !== undefined ? accuracyVsEpoch(setting, epochN) : undefined;
  const accuracyDomain = (s: Parameters<typeof valueDomain>[0]): [number, number] =>
    valueDomain(s, 0.1, 0, 1);

  return (
    <>
      <StaleNotice because={data.staleBecause} />
      <SettingPickers data={data} choice={choice} onRunChange={(run) => setParams({ run })} choose={choose} />
      <p className="cross-link">
        <Link
          data-testid="open-leaderboard"
          href={analysisHref('/leaderboard', {
            runId: data.runId,
            target: choice.target,
            depth: choice.depth,
            baseline: data.baseline,
          })}
        >
          Leaderboard for this target and depth →
        </Link>
      </p>
      <div className="charts">
        <section className="panel chart-panel" aria-labelledby="fig-accuracy">
          <h2 id="fig-accuracy">Accuracy vs training images</h2>
          <p className="muted">
            Mean test accuracy over seeds with its 95% interval (shaded), per source; n on a log2 scale.
          </p>
          <BandChart
            testId="accuracy-vs-n"
            data={accuracy}
            colorOrder={data.sources}
            x={budgetAxis(ns)}
            y={accuracyAxis(accuracyDomain(accuracy))}
          />
        </section>
        <section className="panel chart-panel" aria-labelledby="fig-delta">
          <h2 id="fig-delta">Difference from the baseline vs training images</h2>
          {delta && data.baseline && delta.data.length > 0 ? (
            <>
              <p className="muted">
                Each source minus {data.baseline}, paired by seed, with its 95% interval; above the dashed
                line the source transfers better.
              </p>
              <BandChart
                testId="delta-vs-n"
                data={delta}
                colorOrder={data.sources}
                x={budgetAxis(ns)}
                y={deltaAxis(valueDomain(delta, 0.05), data.baseline)}
                zeroLine
              />
            </>
          ) : (
            <p className="empty" data-testid="delta-empty">
              {data.baseline
                ? `No other source shares seeds with ${data.baseline} here yet.`
                : 'Choose a baseline source to see the differences.'}
            </p>
          )}
        </section>
        <section className="panel chart-panel" aria-labelledby="fig-epochs">
          <h2 id="fig-epochs">Accuracy vs epochs</h2>
          {epochs && epochN !== undefined && epochs.data.length > 0 ? (
            <>
              <div className="pickers">
                <Picker
                  label="Data budget n"
                  testId="pick-epoch-n"
                  value={String(epochN)}
                  options={withEpochs.map((b) => ({ value: String(b), label: `${b} images` }))}
                  onChange={(n) => choose({ n })}
                />
              </div>
              <p className="muted">
                Test accuracy after each fine-tuning epoch at n = {epochN}, mean over seeds with its 95%
                interval.
              </p>
              <BandChart
                testId="accuracy-vs-epochs"
                data={epochs}
                colorOrder={data.sources}
                x={epochAxis(epochs.data.map((d) => d.x))}
                y={accuracyAxis(accuracyDomain(epochs))}
              />
            </>
          ) : (
            <p className="empty" data-testid="epochs-empty">
              This run recorded no per-epoch accuracies.
            </p>
          )}
        </section>
      </div>
    </>
  );
}
