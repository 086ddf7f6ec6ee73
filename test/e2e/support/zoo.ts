import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './platform';

export interface ZooEntry {
  readonly id: string;
  readonly training: { readonly kind: string };
  readonly cleanAccuracy?: number;
}

/** The bundled zoo's manifest as committed (what the catalog must show). */
export function zooManifest(): ZooEntry[] {
  const manifest = JSON.parse(
    readFileSync(join(REPO_ROOT, 'plugins', 'models', 'zoo', 'manifest.json'), 'utf8'),
  ) as { models: ZooEntry[] };
  return manifest.models;
}

/** The zoo's natural model: the source every e2e sweep uses. */
export function naturalZooModel(): ZooEntry {
  const natural = zooManifest().find((m) => m.training.kind === 'natural');
  if (!natural) throw new Error('the bundled zoo has no natural model (plugins/models/zoo/manifest.json)');
  return natural;
}

/** A robust zoo model (the L2 eps 0.5 one when present): the sweep compares it with the natural one. */
export function robustZooModel(): ZooEntry {
  const robust = zooManifest().filter((m) => m.training.kind === 'adversarial');
  const chosen = robust.find((m) => m.id.endsWith('-l2-0.5')) ?? robust[0];
  if (!chosen)
    throw new Error('the bundled zoo has no adversarially trained model (plugins/models/zoo/manifest.json)');
  return chosen;
}
