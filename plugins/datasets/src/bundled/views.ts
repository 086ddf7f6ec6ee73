import { defineDataset } from '@transferlab/sdk';
import { z } from 'zod';
import { classSubset } from '../core/class-subset';
import { loadFashionMnist } from './fashion-mnist';

// Two disjoint halves of Fashion-MNIST: a source/target pair that needs no download.
export const fashionMnistA = defineDataset({
  name: 'fashion-mnist-a',
  version: '1.0.0',
  description: 'Fashion-MNIST classes 0-4 (T-shirt/top, Trouser, Pullover, Dress, Coat), relabelled 0-4.',
  params: z.object({}),
  load: async (_params, ctx) => classSubset(await loadFashionMnist(ctx), [0, 1, 2, 3, 4], 'fashion-mnist-a'),
});

export const fashionMnistB = defineDataset({
  name: 'fashion-mnist-b',
  version: '1.0.0',
  description: 'Fashion-MNIST classes 5-9 (Sandal, Shirt, Sneaker, Bag, Ankle boot), relabelled 0-4.',
  params: z.object({}),
  load: async (_params, ctx) => classSubset(await loadFashionMnist(ctx), [5, 6, 7, 8, 9], 'fashion-mnist-b'),
});
