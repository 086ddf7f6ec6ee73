/** A dense float32 tensor in row-major (C-contiguous) order. */
export interface Tensor {
  readonly data: Float32Array;
  readonly dims: readonly number[];
}

/** A tensor with a name (a model parameter, a graph tensor). */
export interface NamedTensor extends Tensor {
  readonly name: string;
}

/** A batch of images, NCHW float32 in [0,1], with int32 class labels. */
export interface ImageBatch {
  readonly images: Tensor;
  readonly labels: Int32Array;
}
