import { percent, points } from '../results/format';
import { budgetAt, log2Domain, log2Ticks } from '../results/log2-axis';
import type { AxisSpec } from './band-chart';

/** Evenly spaced ticks from a domain's low end to its high end (inclusive), float noise removed. */
export function linearTicks([low, high]: [number, number], step: number): number[] {
  const out: number[] = [];
  for (let v = low; v <= high + step / 1e6; v += step) out.push(Number(v.toFixed(10)));
  return out;
}

/** The data-budget axis: log2(n), ticks at the budgets swept, labelled in images. */
export function budgetAxis(ns: readonly number[]): AxisSpec {
  const format = (x: number): string => String(budgetAt(x));
  return {
    label: 'training images n (log2 scale)',
    domain: log2Domain(ns),
    ticks: log2Ticks(ns),
    format,
    formatValue: format,
  };
}

/** Whole percent on the axis (ticks are 5 or 10 points apart); one decimal in tooltips. */
const wholePercent = (v: number): string => `${Math.round(v * 100)}%`;
const wholePoints = (v: number): string => {
  const p = Math.round(v * 100);
  return p === 0 ? '0' : `${p > 0 ? '+' : '−'}${Math.abs(p)} pp`;
};

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

export function deltaAxis(domain: [number, number], baseline: string): AxisSpec {
  const step = domain[1] - domain[0] > 0.3 ? 0.1 : 0.05;
  return {
    label: `accuracy minus ${baseline}`,
    domain,
    ticks: linearTicks(domain, step),
    format: wholePoints,
    formatValue: points,
  };
}

export function epochAxis(epochs: readonly number[]): AxisSpec {
  const last = Math.max(1, ...epochs);
  const every = Math.max(1, Math.ceil(last / 10));
  return {
    label: 'epoch',
    domain: [1, last],
    ticks: linearTicks([1, last], every).map(Math.round),
    format: String,
    formatValue: String,
  };
}
