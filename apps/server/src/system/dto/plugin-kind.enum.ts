import { registerEnumType } from '@nestjs/graphql';
import type { PluginKind as SdkPluginKind } from '@transferlab/sdk';

/** The sdk's plugin kinds as a GraphQL enum; values are the sdk's strings. */
export enum PluginKind {
  DATASET = 'dataset',
  MODEL = 'model',
  ATTACK = 'attack',
  ANALYSIS = 'analysis',
}

// Fails to compile if the sdk gains or renames a kind without this enum following.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const pluginKindMatchesSdk: Same<`${PluginKind}`, SdkPluginKind> = true;

registerEnumType(PluginKind, {
  name: 'PluginKind',
  description: 'What a plugin provides.',
  valuesMap: {
    DATASET: { description: 'Images and labels (a target dataset).' },
    MODEL: { description: 'Source models (ONNX).' },
    ATTACK: { description: 'Adversarial attacks.' },
    ANALYSIS: { description: 'Analyses run as trials (transfer, robustness, influence, saliency).' },
  },
});
