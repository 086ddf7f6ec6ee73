import { createHash } from 'node:crypto';
import type { Dataset, Split } from '@transferlab/sdk';

/**
 * A view of any dataset restricted to some of its classes, labels renumbered 0..k-1 in the
 * order given. Nothing is copied: the view keeps, per split, the base indices it exposes,
 * and reads through the base dataset.
 */
export async function classSubset(
  base: Dataset,
  keep: readonly number[],
  name = `${base.name}-subset`,
): Promise<Dataset> {
  if (keep.length < 2)
    throw new Error(`${name}: a class subset needs at least 2 classes, got ${keep.length}`);
  const remap = new Map<number, number>();
  keep.forEach((cls, i) => {
    if (!Number.isInteger(cls) || cls < 0 || cls >= base.classes.length) {
      throw new Error(`${name}: class ${cls} is not a class of ${base.name} (0..${base.classes.length - 1})`);
    }
    if (remap.has(cls)) throw new Error(`${name}: class ${cls} is listed twice`);
    remap.set(cls, i);
  });
  const build = async (split: Split) => {
    const all = await base.labels(split);
    let n = 0;
    for (const l of all) if (remap.has(l)) n++;
    const baseIndex = new Int32Array(n);
    const labels = new Int32Array(n);
    let j = 0;
    all.forEach((l, i) => {
      const m = remap.get(l);
      if (m !== undefined) {
        baseIndex[j] = i;
        labels[j++] = m;
      }
    });
    return { baseIndex, labels };
  };
  const splits = { train: await build('train'), test: await build('test') };
  const toBase = (split: Split, k: number): number => {
    const b = splits[split].baseIndex[k];
    if (!Number.isInteger(k) || b === undefined) {
      throw new RangeError(`index ${k} outside the ${split} split of ${splits[split].labels.length}`);
    }
    return b;
  };
  const checksum = createHash('sha256')
    .update(`${base.checksum}\nclass-subset:${keep.join(',')}`)
    .digest('hex');
  return {
    name,
    classes: keep.map((k) => base.classes[k] ?? String(k)),
    imageShape: base.imageShape,
    sizes: { train: splits.train.labels.length, test: splits.test.labels.length },
    checksum,
    labels: (split) => Promise.resolve(splits[split].labels.slice()),
    read: async (split, indices) => {
      const mapped = Array.from(indices, (k) => toBase(split, k));
      const batch = await base.read(split, mapped);
      const labels = Int32Array.from(batch.labels, (l) => remap.get(l) ?? -1);
      return { images: batch.images, labels };
    },
    thumbnail: (split, index) => base.thumbnail(split, toBase(split, index)),
  };
}
