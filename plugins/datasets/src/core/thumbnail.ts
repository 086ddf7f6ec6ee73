import sharp from 'sharp';

/** PNG of one CHW uint8 image (sharp wants interleaved HWC). */
export async function pngThumbnail(chw: Uint8Array, c: number, h: number, w: number): Promise<Uint8Array> {
  const hw = h * w;
  const hwc = Buffer.alloc(chw.length);
  for (let ch = 0; ch < c; ch++) for (let p = 0; p < hw; p++) hwc[p * c + ch] = chw[ch * hw + p] ?? 0;
  const channels = c as 1 | 3;
  const png = await sharp(hwc, { raw: { width: w, height: h, channels } })
    .png()
    .toBuffer();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
