import { z } from '@transferlab/sdk';
import { NORMS } from './steps';

/**
 * The keys every attack shares, with these exact names (an analysis builds an attack's params
 * by picking those its schema has): norm, eps, seed, steps, queries, restarts, targetClasses.
 */
export const norm = z.enum(NORMS).default('Linf');
export const eps = z.number().min(0).max(100).default(8 / 255).describe('radius of the ball, [0,1] pixel units');
export const seed = z.number().int().min(0).default(0);
export const steps = (byDefault: number) => z.number().int().min(1).max(10_000).default(byDefault).describe('gradient iterations');
export const restarts = (byDefault: number) => z.number().int().min(1).max(100).default(byDefault);
export const targetClasses = (byDefault: number) =>
  z.number().int().min(1).max(1000).default(byDefault).describe('target classes tried per example (capped at classes - 1)');
export const queries = (byDefault: number) => z.number().int().min(1).max(1_000_000).default(byDefault).describe('model queries per example');
/** APGD's rho (the reference's 0.75): keep the step while at least this share of steps raised the loss. */
export const rho = z.number().gt(0).lt(1).default(0.75).describe('share of loss-raising steps to keep the step size');
