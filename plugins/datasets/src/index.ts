import type { AnyPlugin } from '@transferlab/sdk';
import { fashionMnist } from './bundled/fashion-mnist';
import { mnist } from './bundled/mnist';
import { fashionMnistA, fashionMnistB } from './bundled/views';
import { classSubsetPlugin } from './core/class-subset-plugin';
import { cifar10, cifar100 } from './formats/cifar-plugins';
import { idx } from './formats/idx-plugin';
import { imageFolder } from './formats/image-folder';
import { svhn } from './formats/svhn';

/** The built-in datasets plugins, listed explicitly (the registry loads exactly these). */
export const plugins: readonly AnyPlugin[] = [
  mnist,
  fashionMnist,
  fashionMnistA,
  fashionMnistB,
  classSubsetPlugin,
  idx,
  cifar10,
  cifar100,
  svhn,
  imageFolder,
];

export { FASHION_CLASSES, loadFashionMnist } from './bundled/fashion-mnist';
export { MNIST_CLASSES, loadMnist } from './bundled/mnist';
export { classSubset } from './core/class-subset';
export { DatasetInputError } from './core/errors';
export { openDataPath, openEntry, withOpened, type DataFile } from './core/paths';
export { contentChecksum, u8Dataset, type U8DatasetSpec, type U8Split } from './core/u8-dataset';
export { readIdx } from './formats/idx';
export { readMat5, type MatArray } from './formats/mat5';
export { bufferSource, fileSource, type MatSource } from './formats/mat5-source';
export { stratifiedQuotas, stratifiedSample } from './sampling/stratified-sample';
export {
  classSubsetPlugin,
  cifar10,
  cifar100,
  fashionMnist,
  fashionMnistA,
  fashionMnistB,
  idx,
  imageFolder,
  mnist,
  svhn,
};
