import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A trial a worker is running now.' })
export class LiveWorkerTrial {
  @Field(() => ID)
  runId!: string;

  @Field()
  trialKey!: string;
}

@ObjectType({ description: 'A worker command (bullmq queue) that announced itself within the last 15 s.' })
export class LiveWorker {
  @Field(() => ID)
  id!: string;

  @Field()
  host!: string;

  @Field(() => Int)
  pid!: number;

  @Field({ description: 'Execution provider: the configured one until a trial reports the one it ran on.' })
  provider!: string;

  @Field(() => Int, { description: 'ONNX Runtime threads per trial process.' })
  threads!: number;

  @Field(() => Int, { description: 'Trials it runs at once.' })
  slots!: number;

  @Field(() => Int, { description: 'Trials it finished since it started.' })
  completed!: number;

  @Field()
  startedAt!: string;

  @Field()
  lastSeen!: string;

  @Field(() => [LiveWorkerTrial])
  trials!: LiveWorkerTrial[];
}
