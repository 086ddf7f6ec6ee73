export * from './prng';
export * from './batches';
export * from './augment';
export * from './schedules';
export * from './epoch';
