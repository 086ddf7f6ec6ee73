import type { ColumnDef } from '@tanstack/react-table';
import { AccuracyCell } from '../results/accuracy-cell';
import { plusMinus, points, pValue } from '../results/format';
import { figureText, headlineFigure, type RobustFigure } from '../robustness/robust-figures';
import { RobustFigureLine } from '../robustness/robust-figure-line';
import type { LeaderboardRow } from './leaderboard-rows';

/** A source's headline robust figure under its name, every figure in the tooltip. */
function SourceRobustness({
  figures,
}: {
  readonly figures: readonly RobustFigure[] | undefined;
}): React.ReactNode {
  const headline = figures && headlineFigure(figures);
  if (!figures || !headline) return null;
  return (
    <div className="muted small source-robustness" title={figures.map(figureText).join('\n')}>
      <RobustFigureLine figure={headline} />
    </div>
  );
}

/**
 * The leaderboard's columns: rank and source, accuracy ± half the 95% interval at every
 * budget (the chosen one marked), efficiency, and the delta against the baseline at the
 * chosen budget with its p-value; under each source its robust accuracy (manifest and
 * measured). Missing values sort last whichever the direction.
 */
export function leaderboardColumns(
  budgets: readonly number[],
  chosenN: number,
  baseline: string | undefined,
  /** Robust figures by source (manifest and measured); a source without any shows none. */
  robustness: ReadonlyMap<string, readonly RobustFigure[]> = new Map(),
): ColumnDef<LeaderboardRow>[] {
  return [
    {
      id: 'rank',
      header: 'Rank',
      accessorFn: (r) => r.rank ?? undefined,
      sortUndefined: 'last',
      enableGlobalFilter: false,
      cell: (c) => c.row.original.rank ?? <span className="muted">–</span>,
    },
    {
      id: 'source',
      header: 'Source',
      accessorFn: (r) => r.source,
      cell: (c) => (
        <>
          {c.row.original.source} {c.row.original.isBaseline && <span className="tag">baseline</span>}
          <SourceRobustness figures={robustness.get(c.row.original.source)} />
        </>
      ),
    },
    ...budgets.map((n): ColumnDef<LeaderboardRow> => ({
      id: `accuracy-${n}`,
      header: `n = ${n}`,
      meta: { chosen: n === chosenN },
      accessorFn: (r) => r.accuracy[n]?.mean,
      sortUndefined: 'last',
      sortDescFirst: true,
      enableGlobalFilter: false,
      cell: (c) => <AccuracyCell value={c.row.original.accuracy[n]} />,
    })),
    {
      id: 'efficiency',
      header: 'Data efficiency',
      accessorFn: (r) => r.efficiency ?? undefined,
      sortUndefined: 'last',
      sortDescFirst: true,
      enableGlobalFilter: false,
      cell: (c) => c.row.original.efficiency?.toFixed(3) ?? <span className="muted">–</span>,
    },
    {
      id: 'delta',
      header: `Δ vs baseline`,
      meta: { title: baseline ? `${baseline} subtracted, at n = ${chosenN}` : 'choose a baseline' },
      accessorFn: (r) => r.delta?.mean,
      sortUndefined: 'last',
      sortDescFirst: true,
      enableGlobalFilter: false,
      cell: (c) => {
        const { delta, isBaseline } = c.row.original;
        if (isBaseline) return <span className="muted">baseline</span>;
        if (!delta) return <span className="muted">–</span>;
        return (
          <span
            className={delta.mean >= 0 ? 'delta delta--up' : 'delta delta--down'}
            title={`${delta.seeds} paired seeds`}
          >
            {points(delta.mean)} <span className="ci">{plusMinus(delta.low, delta.high)}</span>
          </span>
        );
      },
    },
    {
      id: 'pValue',
      header: 'p-value',
      accessorFn: (r) => r.delta?.pValue ?? undefined,
      sortUndefined: 'last',
      enableGlobalFilter: false,
      cell: (c) => {
        const p = c.row.original.delta?.pValue;
        return p === undefined ? (
          <span className="muted">–</span>
        ) : (
          <span className={p !== null && p < 0.05 ? 'significant' : undefined}>{pValue(p)}</span>
        );
      },
    },
  ];
}
