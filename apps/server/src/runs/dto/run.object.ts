import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from '../../graphql/json.scalar';
import { RunImportObject } from './run-import.object';
import { RunStatus } from './status.enums';

@ObjectType('Run', { description: 'An analysis run: its params, status and progress; trials on request.' })
export class RunObject {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Analysis plugin name.' })
  analysis!: string;

  @Field({ description: 'Version of the analysis plugin the run was started with.' })
  analysisVersion!: string;

  @Field(() => GraphQLJSON, { description: 'Params after validation (defaults filled in).' })
  params!: Record<string, unknown>;

  @Field(() => RunStatus)
  status!: RunStatus;

  @Field(() => Int)
  trialCount!: number;

  @Field(() => Int)
  completedCount!: number;

  @Field(() => Int)
  failedCount!: number;

  @Field(() => Float, {
    description: 'Work done in [0,1]: finished trials (completed or failed) plus the reported fraction of each running trial (epochs done), over all trials.',
  })
  progress!: number;

  @Field(() => Int, { description: 'Trials running now.' })
  runningCount!: number;

  @Field()
  createdAt!: string;

  @Field(() => String, { nullable: true })
  finishedAt!: string | null;

  @Field(() => String, { nullable: true })
  error!: string | null;

  @Field(() => RunImportObject, { nullable: true, description: 'Set for a run imported from a run file (never executed here); null for a run started here.' })
  imported!: RunImportObject | null;
}
