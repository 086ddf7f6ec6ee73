import { Field, ObjectType } from '@nestjs/graphql';
import { ExecutionProviders } from './execution-providers.object';
import { PluginInfo } from './plugin-info.object';

@ObjectType({ description: 'What this Transferlab server is and what it can run.' })
export class SystemInfo {
  @Field({ description: 'Version of the Transferlab server.' })
  version!: string;

  @Field(() => ExecutionProviders)
  executionProviders!: ExecutionProviders;

  @Field(() => [PluginInfo], { description: 'Every registered plugin, by kind, then by name.' })
  plugins!: PluginInfo[];
}
