import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from '../../graphql/json.scalar';
import { TrialStatus } from './status.enums';

@ObjectType('TrialResult', { description: 'What a finished trial measured.' })
export class TrialResultObject {
  @Field(() => GraphQLJSON, { description: 'Named scalar metrics.' })
  metrics!: Record<string, number>;

  @Field(() => GraphQLJSON, { nullable: true, description: 'One record per epoch, when the analysis reports one.' })
  series!: Record<string, number>[] | null;

  @Field(() => GraphQLJSON, { nullable: true, description: "The analysis's JSON details (per-example outcomes, rankings), when it keeps any." })
  details!: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: 'The execution provider that ran the trial (cpu, cuda, webgpu).' })
  provider!: string | null;

  @Field()
  pluginName!: string;

  @Field()
  pluginVersion!: string;

  @Field()
  createdAt!: string;
}

@ObjectType('Trial', { description: 'One unit of work of a run.' })
export class TrialObject {
  @Field({ description: 'sha256 of the resolved config and plugin versions.' })
  key!: string;

  @Field(() => Int)
  ordinal!: number;

  @Field(() => GraphQLJSON)
  config!: Record<string, unknown>;

  @Field(() => GraphQLJSON, { description: 'What the analysis declared the trial uses: models, datasets (with params), attacks.' })
  uses!: Record<string, unknown>;

  @Field(() => TrialStatus)
  status!: TrialStatus;

  @Field(() => Int, { description: 'Times a worker took this trial.' })
  attempts!: number;

  @Field(() => String, { nullable: true })
  failureReason!: string | null;

  @Field(() => Float, {
    description: 'Fraction of this trial done in [0,1]: 1 once its result is stored; for a running trial, what its analysis last reported (epochs done / epochs); else 0.',
  })
  progress!: number;

  @Field(() => String, { nullable: true, description: "The running trial's last progress message (e.g. `epoch 3/20: test accuracy 81.2%`)." })
  progressMessage!: string | null;

  @Field(() => TrialResultObject, { nullable: true })
  result!: TrialResultObject | null;
}
