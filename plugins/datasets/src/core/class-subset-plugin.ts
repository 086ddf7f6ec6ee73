import { defineDataset } from '@transferlab/sdk';
import { z } from 'zod';
import { classSubset } from './class-subset';

/** Any registered dataset restricted to some of its classes, e.g. to build transfer pairs. */
export const classSubsetPlugin = defineDataset({
  name: 'class-subset',
  version: '1.0.0',
  description:
    'A view of a registered dataset keeping the listed classes, relabelled 0..k-1 in the order given.',
  params: z.object({
    dataset: z.string().min(1).describe('Name of a registered dataset'),
    classes: z.array(z.number().int().min(0)).min(2).describe('Class indices of that dataset to keep'),
    name: z.string().min(1).optional().describe('Name of the view (default <dataset>-subset)'),
  }),
  load: async (p, ctx) => classSubset(await ctx.data.dataset(p.dataset), p.classes, p.name),
});
