'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { AnalysisStates } from '../results/analysis-states';
import {
  analysisHref,
  budgets as budgetsOf,
  depthParam,
  pickBudget,
  pickSetting,
} from '../results/selection';
import { SettingPickers, StaleNotice } from '../results/setting-pickers';
import { useAnalysisData } from '../results/use-analysis-data';
import { useUrlParams } from '../results/use-url-params';
import { useSourceRobustness } from '../robustness/use-source-robustness';
import { Picker } from '../ui/picker';
import { EmptyState } from '../ui/states';
import { leaderboardRows } from './leaderboard-rows';
import { LeaderboardTable } from './leaderboard-table';

/**
 * The leaderboard page body. Every choice lives in the URL (run, target, depth, n, baseline)
 * so a link reproduces the view; a choice the run lacks falls back to its default.
 */
export function LeaderboardView(): ReactNode {
  const [params, setParams] = useUrlParams();
  const data = useAnalysisData({ run: params.get('run'), baseline: params.get('baseline') });
  const robustness = useSourceRobustness();
  if (data.state !== 'ready') return <AnalysisStates data={data} onRunChange={(run) => setParams({ run })} />;

  const choice = pickSetting(data.results, { target: params.get('target'), depth: params.get('depth') });
  if (!choice) return <EmptyState title="This run has no results yet." />;
  const budgets = budgetsOf(choice.setting);
  const n = pickBudget(budgets, params.get('n'));
  if (n === undefined) return <EmptyState title="This run has no results yet." />;
  // Writing every current choice makes the URL after any change a complete, shareable link.
  const choose = (changes: Record<string, string>): void =>
    setParams({
      run: data.runId,
      target: choice.target,
      depth: depthParam(choice.depth),
      n: String(n),
      ...(data.baseline ? { baseline: data.baseline } : {}),
      ...changes,
    });
  const rows = leaderboardRows(choice.setting, n, data.baseline);

  return (
    <>
      <StaleNotice because={data.staleBecause} />
      <SettingPickers data={data} choice={choice} onRunChange={(run) => setParams({ run })} choose={choose}>
        <Picker
          label="Data budget n"
          testId="pick-n"
          value={String(n)}
          options={budgets.map((b) => ({ value: String(b), label: `${b} images` }))}
          onChange={(value) => choose({ n: value })}
        />
      </SettingPickers>
      <p className="cross-link">
        <Link
          data-testid="open-compare"
          href={analysisHref('/compare', {
            runId: data.runId,
            target: choice.target,
            depth: choice.depth,
            baseline: data.baseline,
          })}
        >
          Charts for this target and depth →
        </Link>{' '}
        ·{' '}
        <Link href="/examples" data-testid="open-examples">
          Per-example view: where robust and natural sources disagree →
        </Link>
      </p>
      <p className="muted legend-note">
        Ranked by mean test accuracy at n = {n} over seeds; ± is half the 95% Student-t interval, in points.
        Data efficiency: area under accuracy vs log2(n), in [0, 1]. Δ: source minus baseline, paired by seed,
        with a paired t-test.
      </p>
      <LeaderboardTable
        robustness={robustness}
        rows={rows}
        budgets={budgets}
        context={{
          runId: data.runId,
          target: choice.target,
          depth: depthParam(choice.depth),
          n,
          baseline: data.baseline,
        }}
      />
    </>
  );
}
