import sharp from 'sharp';

/** The magnitude a map is scaled by: its 99th percentile of |value| (one hot pixel does not wash out the rest), else its max. */
export function mapScale(map: ArrayLike<number>): number {
  const mags = Float64Array.from(map, (v) => Math.abs(v)).sort();
  const p99 = mags[Math.min(mags.length - 1, Math.floor(0.99 * mags.length))] ?? 0;
  return p99 > 0 ? p99 : (mags[mags.length - 1] ?? 0);
}

const clamp01 = (v: number): number => Math.min(1, Math.max(0, v));

/**
 * RGBA pixels of a heat map to lay over its image: absolute maps in the 'hot' colours, signed maps
 * red (positive: raises the loss) and blue (lowers it); alpha follows the magnitude, so the image
 * shows through where the map is near zero.
 */
export function heatPixels(map: ArrayLike<number>, signed: boolean): Uint8Array {
  const scale = mapScale(map);
  const out = new Uint8Array(map.length * 4);
  for (let p = 0; p < map.length; p++) {
    const v = scale > 0 ? map[p]! / scale : 0;
    const t = clamp01(Math.abs(v));
    const rgb = signed
      ? v >= 0
        ? [1, 0.15, 0.1]
        : [0.1, 0.35, 1]
      : [clamp01(3 * t), clamp01(3 * t - 1), clamp01(3 * t - 2)];
    out[p * 4] = Math.round(255 * rgb[0]!);
    out[p * 4 + 1] = Math.round(255 * rgb[1]!);
    out[p * 4 + 2] = Math.round(255 * rgb[2]!);
    out[p * 4 + 3] = Math.round(255 * Math.min(1, 0.15 + 0.85 * t) * (t > 0 ? 1 : 0));
  }
  return out;
}

/** A [H, W] map as a PNG (RGBA, sharp's encoder), base64 for JSON results. */
export async function heatmapPng(
  map: ArrayLike<number>,
  height: number,
  width: number,
  signed: boolean,
): Promise<string> {
  const png = await sharp(Buffer.from(heatPixels(map, signed)), { raw: { width, height, channels: 4 } })
    .png({ compressionLevel: 9 })
    .toBuffer();
  return png.toString('base64');
}
