/**
 * Where output pixel i samples the input, in input pixel coordinates:
 * - 'half_pixel': pixel centres aligned, src = (i + 0.5) * in/out - 0.5 (PyTorch
 *   align_corners=False, torchvision's tensor Resize without antialias, ONNX Resize
 *   coordinate_transformation_mode=half_pixel);
 * - 'align_corners': corner pixels aligned, src = i * (in-1)/(out-1).
 * Samples outside [0, in-1] are clamped to the edge, as ONNX Resize 'linear' does.
 * Neither mode low-pass filters when shrinking (no antialias).
 */
export type ResizeConvention = 'half_pixel' | 'align_corners';

function sourceCoordinate(i: number, inSize: number, outSize: number, mode: ResizeConvention): number {
  if (mode === 'align_corners') return outSize === 1 ? 0 : (i * (inSize - 1)) / (outSize - 1);
  return (i + 0.5) * (inSize / outSize) - 0.5;
}

/**
 * The [outSize, inSize] matrix R of 1-D linear interpolation (row-major), so that resizing
 * a vector is y = R x and resizing an image bilinearly is Y = R_h X R_w^T. Each row has at
 * most two non-zero weights summing to 1.
 */
export function interpolationMatrix(inSize: number, outSize: number, mode: ResizeConvention = 'half_pixel'): Float32Array {
  if (!(inSize >= 1 && outSize >= 1)) throw new RangeError(`sizes must be >= 1, got ${inSize} -> ${outSize}`);
  const r = new Float32Array(outSize * inSize);
  for (let i = 0; i < outSize; i++) {
    const src = Math.min(Math.max(sourceCoordinate(i, inSize, outSize, mode), 0), inSize - 1);
    const i0 = Math.floor(src);
    const i1 = Math.min(i0 + 1, inSize - 1);
    const t = src - i0;
    r[i * inSize + i0]! += 1 - t;
    r[i * inSize + i1]! += t;
  }
  return r;
}

/** R^T as a new [inSize, outSize] row-major matrix. */
export function transposed(r: Float32Array, rows: number, cols: number): Float32Array {
  const t = new Float32Array(r.length);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) t[j * rows + i] = r[i * cols + j]!;
  return t;
}
