'use client';

import type { ReactNode } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import { seriesColor, slug } from '../../results/series-style';
import type { ChartDatum, ChartSeries } from './chart-series';

export interface AxisSpec {
  readonly label: string;
  readonly domain: [number, number];
  readonly ticks: number[];
  /** Tick labels. */
  readonly format: (value: number) => string;
  /** Values in the tooltip (more precise than ticks). */
  readonly formatValue: (value: number) => string;
}

function BandTooltip({
  active,
  payload,
  series,
  x,
  y,
}: Partial<TooltipContentProps<number, string>> & {
  readonly series: readonly string[];
  readonly x: AxisSpec;
  readonly y: AxisSpec;
}): ReactNode {
  const datum = payload?.[0]?.payload as ChartDatum | undefined;
  if (!active || !datum) return null;
  return (
    <div className="chart-tooltip">
      <strong>
        {x.label}: {x.formatValue(datum.x)}
      </strong>
      {series
        .filter((s) => datum.mean[s] !== undefined)
        .map((s) => {
          const band = datum.band[s];
          return (
            <div key={s}>
              {s}: {y.formatValue(datum.mean[s]!)}
              {band && (
                <span className="muted">
                  {' '}
                  (95% CI {y.formatValue(band[0])} to {y.formatValue(band[1])})
                </span>
              )}
            </div>
          );
        })}
    </div>
  );
}

/**
 * One line per series for its mean and a shaded area for its 95% interval (a range Area
 * reading [low, high]). Each band's layer has the classes `band band-<slug>`, and the legend
 * below lists one `band-legend-item` per series: the hooks the e2e tests count.
 */
export function BandChart({
  data,
  colorOrder,
  x,
  y,
  zeroLine = false,
  testId,
  height = 320,
}: {
  readonly data: ChartSeries;
  /** Every series name of the page, so a series has the same colour on every chart. */
  readonly colorOrder: readonly string[];
  readonly x: AxisSpec;
  readonly y: AxisSpec;
  readonly zeroLine?: boolean;
  readonly testId: string;
  readonly height?: number;
}): ReactNode {
  return (
    <div data-testid={testId} className="band-chart">
      <div className="axis-label">{y.label}</div>
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart data={data.data} margin={{ top: 8, right: 24, bottom: 24, left: 8 }}>
          <CartesianGrid stroke="#e6e9ef" />
          <XAxis
            type="number"
            dataKey="x"
            domain={x.domain}
            ticks={x.ticks}
            tickFormatter={x.format}
            allowDataOverflow
            label={{ value: x.label, position: 'insideBottom', offset: -14 }}
          />
          <YAxis
            type="number"
            domain={y.domain}
            ticks={y.ticks}
            tickFormatter={y.format}
            allowDataOverflow
            width={64}
          />
          {zeroLine && <ReferenceLine y={0} stroke="#8a93a3" strokeDasharray="4 4" />}
          {data.series.map((s) => (
            <Area
              key={`band-${s}`}
              className={`band band-${slug(s)}`}
              name={`${s} 95% CI`}
              dataKey={(d: ChartDatum) => d.band[s]}
              fill={seriesColor(s, colorOrder)}
              fillOpacity={0.18}
              stroke="none"
              connectNulls
              isAnimationActive={false}
              activeDot={false}
              legendType="none"
            />
          ))}
          {data.series.map((s) => (
            <Line
              key={`mean-${s}`}
              className={`mean mean-${slug(s)}`}
              name={s}
              dataKey={(d: ChartDatum) => d.mean[s]}
              stroke={seriesColor(s, colorOrder)}
              strokeWidth={2}
              dot={{ r: 3 }}
              connectNulls
              isAnimationActive={false}
            />
          ))}
          <Tooltip content={<BandTooltip series={data.series} x={x} y={y} />} />
        </ComposedChart>
      </ResponsiveContainer>
      <ul className="band-legend" aria-label="Series">
        {data.series.map((s) => (
          <li key={s} data-testid="band-legend-item" data-source={s}>
            <span className="swatch" style={{ background: seriesColor(s, colorOrder) }} aria-hidden="true" />
            {s}
          </li>
        ))}
      </ul>
    </div>
  );
}
