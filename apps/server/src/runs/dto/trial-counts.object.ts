import { Field, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from '../../graphql/json.scalar';

@ObjectType('TrialCounts', {
  description: "A run's trials by status (one grouped count, no trial rows fetched).",
})
export class TrialCountsObject {
  @Field(() => Int, { description: 'Waiting for a worker (status PENDING).' })
  queued!: number;

  @Field(() => Int)
  running!: number;

  @Field(() => Int, { description: 'Result stored (status DONE).' })
  completed!: number;

  @Field(() => Int)
  failed!: number;

  @Field(() => Int)
  cancelled!: number;

  @Field(() => Int)
  total!: number;
}

@ObjectType('TrialFailure', { description: 'A failed trial and why.' })
export class TrialFailureObject {
  @Field()
  key!: string;

  @Field(() => Int)
  ordinal!: number;

  @Field(() => GraphQLJSON)
  config!: Record<string, unknown>;

  @Field(() => Int)
  attempts!: number;

  @Field({
    description: "The analysis's error message, or how its worker was lost and after how many attempts.",
  })
  reason!: string;
}
