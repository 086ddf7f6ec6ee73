export * from './validation-error';
export * from './limits';
export * from './forward-only-ops';
export * from './validate-model';
