import { plugins as analyses } from '@transferlab/plugins-analyses';
import { plugins as attacks } from '@transferlab/plugins-attacks';
import { plugins as datasets } from '@transferlab/plugins-datasets';
import { plugins as models } from '@transferlab/plugins-models';

/** The built-in plugin packages, each with its explicit list; the origin names the package. */
export const BUILT_IN_PLUGINS: readonly { readonly origin: string; readonly plugins: readonly unknown[] }[] = [
  { origin: 'built-in @transferlab/plugins-datasets', plugins: datasets },
  { origin: 'built-in @transferlab/plugins-models', plugins: models },
  { origin: 'built-in @transferlab/plugins-attacks', plugins: attacks },
  { origin: 'built-in @transferlab/plugins-analyses', plugins: analyses },
];
