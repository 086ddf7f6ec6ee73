import { createHash } from 'node:crypto';
import { canonicalJson, type TrialUses } from '@transferlab/sdk';

/** One canonical JSON for keys and dataset labels (the sdk's). */
export { canonicalJson };

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
