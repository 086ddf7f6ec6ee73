import type { TrialUses } from '@transferlab/sdk';
import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level, so equal configs hash equally. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export interface TrialKeyInput {
  /** The trial's resolved config, as the analysis expanded it. */
  readonly config: Readonly<Record<string, unknown>>;
  /** What the analysis declared the trial uses (normalised). */
  readonly uses?: TrialUses;
  /** `<kind>:<name>` -> version of the analysis and of every plugin the trial uses. */
  readonly pluginVersions: Readonly<Record<string, string>>;
  /** Content checksums of the models and datasets it uses. */
  readonly checksums?: Readonly<Record<string, string>>;
}

/** sha256 hex identifying a trial's work: the same inputs give the same key in any run. */
export function trialKey(input: TrialKeyInput): string {
  return createHash('sha256').update(canonicalJson(input)).digest('hex');
}
