/** [N, H, W] object masks (1 = object). */
export interface Masks {
  readonly data: Uint8Array;
  readonly height: number;
  readonly width: number;
}

/**
 * The foreground of images on a dark background: pixels whose brightest channel exceeds
 * `threshold`, dilated by one pixel (3 x 3, so the object's edge, where gradients often sit, counts).
 */
export function foregroundMasks(images: Float32Array, dims: readonly number[], threshold: number): Masks {
  const [n = 0, c = 1, h = 0, w = 0] = dims;
  const hw = h * w;
  const raw = new Uint8Array(n * hw);
  for (let i = 0; i < n; i++)
    for (let p = 0; p < hw; p++) {
      let top = -Infinity;
      for (let k = 0; k < c; k++) top = Math.max(top, images[(i * c + k) * hw + p]!);
      raw[i * hw + p] = top > threshold ? 1 : 0;
    }
  return { data: dilate(raw, n, h, w), height: h, width: w };
}

/** Binary dilation by the 3 x 3 square. */
export function dilate(mask: Uint8Array, n: number, h: number, w: number): Uint8Array {
  const out = new Uint8Array(mask.length);
  for (let i = 0; i < n; i++)
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++) {
        let on = 0;
        for (let dy = -1; dy <= 1 && !on; dy++)
          for (let dx = -1; dx <= 1 && !on; dx++) {
            const yy = y + dy;
            const xx = x + dx;
            if (yy >= 0 && yy < h && xx >= 0 && xx < w && mask[i * h * w + yy * w + xx] === 1) on = 1;
          }
        out[i * h * w + y * w + x] = on;
      }
  return out;
}

export interface Alignment {
  /** Share of the absolute saliency mass on the object; null when the map is all zero. */
  readonly massShare: number | null;
  /** Share of the image's pixels that are object. */
  readonly areaShare: number;
  /** massShare / areaShare: 1 is no better than chance; null when either is undefined or the object fills nothing or everything. */
  readonly ratio: number | null;
}

/** Alignment of one [H, W] map with one [H, W] mask. */
export function alignment(map: ArrayLike<number>, mask: ArrayLike<number>): Alignment {
  let total = 0;
  let on = 0;
  let area = 0;
  for (let p = 0; p < map.length; p++) {
    const a = Math.abs(map[p]!);
    total += a;
    if (mask[p] === 1) {
      on += a;
      area++;
    }
  }
  const areaShare = area / Math.max(1, map.length);
  const massShare = total > 0 ? on / total : null;
  const ratio = massShare !== null && areaShare > 0 && areaShare < 1 ? massShare / areaShare : null;
  return { massShare, areaShare, ratio };
}
