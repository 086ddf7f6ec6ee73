import { Field, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from '../../graphql/json.scalar';
import { PluginKind } from './plugin-kind.enum';

@ObjectType({ description: 'A registered plugin.' })
export class PluginInfo {
  @Field(() => PluginKind)
  kind!: PluginKind;

  @Field({ description: 'Unique within its kind.' })
  name!: string;

  @Field({ description: 'Semantic version, recorded with every result the plugin produces.' })
  version!: string;

  @Field()
  description!: string;

  @Field(() => GraphQLJSON, { description: "JSON Schema (draft 2020-12) of the plugin's params, with defaults." })
  paramsSchema!: Record<string, unknown>;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Analyses: the metrics, series and details their results hold, with their meanings.' })
  resultFields!: Record<string, unknown> | null;

  @Field({ description: 'Analyses: whether the analysis aggregates its own results (runAggregate).' })
  aggregates!: boolean;

  @Field({ description: 'Where it was loaded from: a built-in package, a local folder or an npm package.' })
  origin!: string;
}
