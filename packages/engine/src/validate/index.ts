export * from './validation-error';
export * from './limits';
export * from './forward-only-ops';
export * from './validate-model';
export * from './proto-scan';
export * from './tensor-bounds';
