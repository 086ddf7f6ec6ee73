import type { AttackPlugin, Dataset } from '@transferlab/sdk';

interface Named {
  readonly name: string;
  readonly version: string;
}

/**
 * The plugin's own failure with its kind, name and version in front (`attack 'pgd' 1.0.0: ...`),
 * so a trial's failure reason says which plugin inside the analysis failed. A cancel stays a
 * cancel, and a message already naming the plugin is not named twice.
 */
export function namedPluginError(kind: 'dataset' | 'attack', plugin: Named, e: unknown): unknown {
  if (!(e instanceof Error) || e.name === 'AbortError') return e;
  const prefix = `${kind} '${plugin.name}' ${plugin.version}`;
  return e.message.startsWith(prefix) ? e : new Error(`${prefix}: ${e.message}`, { cause: e });
}

/** The call's failure (a synchronous throw included) named after its plugin. */
async function named<T>(kind: 'dataset' | 'attack', plugin: Named, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    throw namedPluginError(kind, plugin, e);
  }
}

/** The attack as the analysis gets it: `perturb` failures name the attack. */
export function namedAttack(attack: AttackPlugin): AttackPlugin {
  return { ...attack, perturb: (input, params, ctx) => named('attack', attack, () => attack.perturb(input, params, ctx)) };
}

/**
 * The loaded dataset as the analysis gets it: failures of its reads name the dataset plugin
 * (its load is named where it is called). Its facts are copied: a dataset may be a class
 * instance, whose methods a spread would lose.
 */
export function namedDataset(dataset: Dataset, plugin: Named): Dataset {
  const masks = dataset.objectMasks?.bind(dataset);
  return {
    name: dataset.name,
    classes: dataset.classes,
    imageShape: dataset.imageShape,
    sizes: dataset.sizes,
    checksum: dataset.checksum,
    labels: (split) => named('dataset', plugin, () => dataset.labels(split)),
    read: (split, indices) => named('dataset', plugin, () => dataset.read(split, indices)),
    thumbnail: (split, index) => named('dataset', plugin, () => dataset.thumbnail(split, index)),
    ...(masks ? { objectMasks: (split: Parameters<typeof masks>[0], indices: ArrayLike<number>) => named('dataset', plugin, () => masks(split, indices)) } : {}),
  };
}

/** A dataset load named after its plugin (a plugin the registry lacks keeps the registry's own message). */
export function namedDatasetLoad(plugin: Named | undefined, load: () => Promise<Dataset>): Promise<Dataset> {
  if (!plugin) return load();
  return named('dataset', plugin, load).then((d) => namedDataset(d, plugin));
}
