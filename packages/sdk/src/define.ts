import type { AnalysisPlugin } from './analysis';
import type { AttackPlugin } from './attack';
import type { DatasetPlugin } from './dataset';
import type { ModelSourcePlugin } from './model-source';
import type { ParamsSchema } from './plugin';

// Factories return plain frozen objects (as Vite's plugins are); `kind` is filled in so
// authors cannot get it wrong, and the generic keeps the params type for the main method.
type Spec<T> = Omit<T, 'kind'>;

export function defineDataset<P extends ParamsSchema>(spec: Spec<DatasetPlugin<P>>): DatasetPlugin<P> {
  return Object.freeze({ ...spec, kind: 'dataset' as const });
}

export function defineModelSource<P extends ParamsSchema>(
  spec: Spec<ModelSourcePlugin<P>>,
): ModelSourcePlugin<P> {
  return Object.freeze({ ...spec, kind: 'model' as const });
}

export function defineAttack<P extends ParamsSchema>(spec: Spec<AttackPlugin<P>>): AttackPlugin<P> {
  return Object.freeze({ ...spec, kind: 'attack' as const });
}

export function defineAnalysis<P extends ParamsSchema>(spec: Spec<AnalysisPlugin<P>>): AnalysisPlugin<P> {
  return Object.freeze({ ...spec, kind: 'analysis' as const });
}

export type AnyPlugin = DatasetPlugin | ModelSourcePlugin | AttackPlugin | AnalysisPlugin;

export interface PluginsByKind {
  dataset: DatasetPlugin;
  model: ModelSourcePlugin;
  attack: AttackPlugin;
  analysis: AnalysisPlugin;
}
