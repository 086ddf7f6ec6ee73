import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from '../../graphql/json.scalar';
import { OutputTableObject } from './analysis-outputs.object';

@ObjectType({ description: "An analysis's figures for one model, from the latest run of it that has them." })
export class ModelFiguresObject {
  @Field() analysis!: string;
  @Field(() => ID) runId!: string;
  @Field(() => OutputTableObject) table!: OutputTableObject;
  @Field(() => [GraphQLJSON], { description: "The table's rows whose model column is this model." })
  rows!: Record<string, unknown>[];
}
