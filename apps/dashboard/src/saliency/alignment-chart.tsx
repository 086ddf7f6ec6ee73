'use client';

import type { ReactNode } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ErrorBar,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { chartRows } from './saliency-choice';
import type { SaliencyGroup } from './saliency.queries';

/** Mean alignment per source with its 95% interval; the dashed line at 1 is chance. */
export function AlignmentChart({ group }: { readonly group: SaliencyGroup }): ReactNode {
  const rows = chartRows(group);
  return (
    <figure
      className="alignment-chart"
      data-testid="alignment-chart"
      aria-label={`Alignment per source, ${group.method}`}
    >
      <ResponsiveContainer width="100%" height={60 + 36 * rows.length}>
        <BarChart data={rows} layout="vertical" margin={{ left: 16, right: 24, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, 'auto']} tickFormatter={(v: number) => `${v}×`} />
          <YAxis type="category" dataKey="source" width={260} />
          <Tooltip formatter={(v) => `${Number(v).toFixed(2)}×`} />
          <ReferenceLine
            x={1}
            stroke="#888"
            strokeDasharray="4 4"
            label={{ value: 'chance', position: 'top', fontSize: 11 }}
          />
          <Bar dataKey="mean" fill="#d9572b" isAnimationActive={false}>
            <ErrorBar dataKey="error" width={6} strokeWidth={1.5} stroke="#333" direction="x" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      <figcaption className="muted">
        Share of absolute saliency on the object over the object&apos;s share of the image (1× = chance), mean
        over {group.sources[0]?.alignment.images ?? 0} images with 95% intervals.
      </figcaption>
    </figure>
  );
}
