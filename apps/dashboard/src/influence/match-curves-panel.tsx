import type { ReactNode } from 'react';
import { BandChart } from '../compare/band-chart';
import type { InfluenceSetting } from './influence.queries';
import { matchVsRank, rankAxis, shareAxis, type MatchVariant } from './match-curves';

const VARIANTS: readonly { variant: MatchVariant; title: string }[] = [
  { variant: 'test', title: 'Test images as targets' },
  { variant: 'train', title: 'Training images as targets' },
];

/**
 * The study's Figure 6: for each rank k, the share of target images whose k-th most helpful
 * training image has their class (that image alone, not the top k), per source with its 95% band.
 */
export function MatchCurvesPanel({
  setting,
  colorOrder,
}: {
  readonly setting: InfluenceSetting;
  readonly colorOrder: readonly string[];
}): ReactNode {
  return (
    <section className="panel chart-panel" aria-labelledby="influence-curves-heading">
      <h2 id="influence-curves-heading">Class match by rank</h2>
      <p className="muted legend-note">
        Share of target images whose k-th most helpful training image has their class, mean over seeds with
        its 95% interval (shaded; none with one seed).
      </p>
      <div className="influence-curves">
        {VARIANTS.map(({ variant, title }) => {
          const series = matchVsRank(setting, variant);
          return (
            <div key={variant}>
              <h3>{title}</h3>
              <BandChart
                testId={`influence-curve-${variant}`}
                data={series}
                colorOrder={colorOrder}
                x={rankAxis(series)}
                y={shareAxis(variant)}
                height={280}
              />
            </div>
          );
        })}
      </div>
    </section>
  );
}
