import type { AxisSpec } from '../analyses/views/band-chart';
import { percent } from '../results/format';

/** Evenly spaced ticks from a domain's low end to its high end (inclusive), float noise removed. */
export function linearTicks([low, high]: [number, number], step: number): number[] {
  const out: number[] = [];
  for (let v = low; v <= high + step / 1e6; v += step) out.push(Number(v.toFixed(10)));
  return out;
}

/** Whole percent on the axis (ticks are 5 or 10 points apart); one decimal in tooltips. */
const wholePercent = (v: number): string => `${Math.round(v * 100)}%`;

export function accuracyAxis(domain: [number, number]): AxisSpec {
  const step = domain[1] - domain[0] > 0.5 ? 0.1 : 0.05;
  return {
    label: 'test accuracy',
    domain,
    ticks: linearTicks(domain, step),
    format: wholePercent,
    formatValue: percent,
  };
}
