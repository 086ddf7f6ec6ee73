'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { RunPicker } from '../results/run-picker';
import { StaleNotice } from '../results/setting-pickers';
import { useUrlParams } from '../results/use-url-params';
import { Picker } from '../ui/picker';
import { EmptyState } from '../ui/states';
import { pickBoard } from './board-choice';
import { curveAttacks, pickAttack } from './curve-series';
import { epsLabel, threatLabel } from './eps-label';
import { RobustnessCurves } from './robustness-curves';
import { RobustnessStates } from './robustness-states';
import { RobustnessTable } from './robustness-table';
import { useRobustnessData } from './use-robustness-data';

/**
 * The robustness page body: for one robustness run, a leaderboard per dataset and threat
 * model (norm and eps pickers) and the accuracy-vs-eps curves of that dataset and norm.
 * Every choice lives in the URL (run, dataset, norm, eps, attack) so a link reproduces the view.
 */
export function RobustnessView(): ReactNode {
  const [params, setParams] = useUrlParams();
  const data = useRobustnessData(params.get('run'));
  const changeRun = (run: string): void =>
    setParams({ run, dataset: null, norm: null, eps: null, attack: null });
  if (data.state !== 'ready') return <RobustnessStates data={data} onRunChange={changeRun} />;

  const { boards, curves, flags } = data.results;
  const choice = pickBoard(boards, {
    dataset: params.get('dataset'),
    norm: params.get('norm'),
    eps: params.get('eps'),
  });
  if (!choice) return <EmptyState title="This run has no results yet." />;
  const attacks = curveAttacks(curves, choice.dataset, choice.norm);
  const attack = pickAttack(attacks, params.get('attack'));
  // Writing every current choice makes the URL after any change a complete, shareable link.
  const choose = (changes: Record<string, string | null>): void =>
    setParams({
      run: data.runId,
      dataset: choice.dataset,
      norm: choice.norm,
      eps: String(choice.eps),
      attack: attack ?? null,
      ...changes,
    });
  const sources = [...new Set(boards.flatMap((b) => b.rows.map((r) => r.source)))].sort();

  return (
    <>
      <StaleNotice because={data.staleBecause} />
      <div className="pickers">
        <RunPicker runs={data.runs} runId={data.runId} onChange={changeRun} />
        <Picker
          label="Dataset"
          testId="pick-dataset"
          value={choice.dataset}
          options={choice.datasets.map((d) => ({ value: d, label: d }))}
          // Another dataset may lack this norm and eps: let the page pick its defaults.
          onChange={(dataset) => choose({ dataset, norm: null, eps: null })}
        />
        <Picker
          label="Norm"
          testId="pick-norm"
          value={choice.norm}
          options={choice.norms.map((n) => ({ value: n, label: n }))}
          onChange={(norm) => choose({ norm, eps: null })}
        />
        <Picker
          label="Budget ε"
          testId="pick-eps"
          value={String(choice.eps)}
          options={choice.epsilons.map((e) => ({ value: String(e), label: epsLabel(choice.norm, e) }))}
          onChange={(eps) => choose({ eps })}
        />
      </div>
      <section className="panel" aria-labelledby="robustness-board-heading">
        <h2 id="robustness-board-heading">
          {choice.dataset} · {threatLabel(choice.norm, choice.eps)}
        </h2>
        <p className="muted legend-note">
          Ranked by robust accuracy: per image the worst case over the run&apos;s attacks, mean over seeds; ±
          is half the 95% Student-t interval, in points. “after …” columns: accuracy left after each component
          of an ensemble, in its order. A badge marks an evaluation whose reliability checks failed.
        </p>
        <RobustnessTable board={choice.board} flags={flags} />
        <p className="cross-link">
          <Link href="/examples" data-testid="open-examples">
            Per-example view: each image&apos;s smallest fooling eps beside what the source looks at →
          </Link>
        </p>
      </section>
      <RobustnessCurves
        curves={curves}
        dataset={choice.dataset}
        norm={choice.norm}
        attacks={attacks}
        attack={attack}
        colorOrder={sources}
        onAttackChange={(a) => choose({ attack: a })}
      />
    </>
  );
}
