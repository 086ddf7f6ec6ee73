import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A trial a worker is running now.' })
export class LiveWorkerTrial {
  @Field(() => ID)
  runId!: string;

  @Field()
  trialKey!: string;
}

@ObjectType({ description: "One engine process of a worker (one per slot): its memory as last measured." })
export class WorkerProcess {
  @Field(() => Int)
  pid!: number;

  @Field(() => Float, { nullable: true, description: 'Resident set size in bytes (read from /proc on Linux, else its last report); null before any measure.' })
  rssBytes!: number | null;

  @Field(() => Float, { nullable: true, description: 'V8 heap in use in bytes, as the process last reported it (every 2 s while its event loop is free, and after each trial).' })
  heapUsedBytes!: number | null;

  @Field(() => Float, { nullable: true, description: "Bytes held by the process's byte-budgeted caches (decoded datasets, prefix features, ONNX Runtime sessions); null where not reported." })
  cacheBytes!: number | null;

  @Field({ description: 'Whether it runs a trial now.' })
  busy!: boolean;

  @Field()
  startedAt!: string;

  @Field(() => String, { nullable: true, description: 'When it last reported its memory.' })
  reportedAt!: string | null;
}

@ObjectType({
  description: "Trial workers: this server's own engine processes (local queue), or a worker command (bullmq queue) that announced itself within the last 15 s.",
})
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

  @Field({ description: "true: this server's own engine processes (local queue); false: a worker command." })
  local!: boolean;

  @Field(() => [WorkerProcess], { description: 'Its engine processes with their memory; empty from a worker command that does not report it.' })
  processes!: WorkerProcess[];

  @Field(() => Int, {
    nullable: true,
    description: 'TRANSFERLAB_WORKER_RECYCLE_MB: an engine process whose RSS is over this many MB after a trial is replaced; null: never.',
  })
  recycleThresholdMb!: number | null;

  @Field(() => Int, { description: 'Engine processes replaced for their RSS over the recycle threshold since the worker started.' })
  memoryRecycles!: number;
}
