import type { ReactNode } from 'react';
import { AccuracyCell } from '../results/accuracy-cell';
import { percent } from '../results/format';
import { boardRows, componentColumns } from './board-rows';
import { FlagsBadge } from './flags-badge';
import type { RobustnessBoard, RobustnessFlag } from './robustness.queries';

/**
 * A RobustBench-style leaderboard of one dataset and threat model: rank, source (with the
 * "potentially unreliable" badge), clean, the worst case over the run's attacks, each attack
 * when there are several, each ensemble component (cumulative), the manifest's figure and
 * the passes per image the evaluation cost.
 */
export function RobustnessTable({
  board,
  flags,
}: {
  readonly board: RobustnessBoard;
  readonly flags: readonly RobustnessFlag[];
}): ReactNode {
  const rows = boardRows(board, flags);
  const components = componentColumns(board);
  // With one attack its column would repeat the worst case.
  const attacks = board.attacks.length > 1 ? board.attacks : [];
  return (
    <div className="table-scroll">
      <table className="leaderboard robustness-table" data-testid="robustness-table">
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col">Source</th>
            <th scope="col" title="accuracy on the unattacked subset">
              Clean
            </th>
            <th
              scope="col"
              className="chosen"
              title="per image the worst case over every attack of the run: robust only if none fooled it"
            >
              Robust <span className="muted small">({board.attacks.join(', ')})</span>
            </th>
            {attacks.map((a) => (
              <th key={a} scope="col" title={`accuracy under ${a} alone`}>
                {a}
              </th>
            ))}
            {components.map((c) => (
              <th
                key={c.id}
                scope="col"
                title={`${c.attack}: accuracy left after ${c.component}, cumulative`}
              >
                after {c.component}
              </th>
            ))}
            <th
              scope="col"
              title="the model's recorded robust accuracy at this threat model (zoo manifest, PGD)"
            >
              Manifest
            </th>
            <th scope="col" title="forward + backward image passes per image, mean over trials">
              Passes / image
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.source} data-testid="robustness-row" data-source={r.source}>
              <td data-column="rank">{r.rank}</td>
              <td data-column="source">
                {r.source} <FlagsBadge flags={r.flags} />
              </td>
              <td data-column="clean">
                <AccuracyCell value={r.clean} />
              </td>
              <td data-column="worst-case" className="chosen">
                <AccuracyCell value={r.worstCase} />
              </td>
              {attacks.map((a) => (
                <td key={a} data-column={`attack-${a}`}>
                  <AccuracyCell value={r.attacks[a]} />
                </td>
              ))}
              {components.map((c) => (
                <td key={c.id} data-column={`component-${c.id}`}>
                  <AccuracyCell value={r.components[c.id]} />
                </td>
              ))}
              <td data-column="manifest">
                {r.manifest === null ? <span className="muted">–</span> : percent(r.manifest)}
              </td>
              <td data-column="passes">{Math.round(r.passesPerImage).toLocaleString()}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
