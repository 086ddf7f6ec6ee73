// The sampler lives in the sdk so that analysis plugins can use it; re-exported here so
// existing imports from @transferlab/plugins-datasets keep working.
export { stratifiedQuotas, stratifiedSample } from '@transferlab/sdk';
