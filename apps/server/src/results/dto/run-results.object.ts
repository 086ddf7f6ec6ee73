import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: 'Mean test accuracy over seeds with its 95% Student-t interval (null bounds with one seed).',
})
export class AccuracyCell {
  @Field() source!: string;
  @Field(() => Int, { description: 'Total number of target training images.' }) n!: number;
  @Field(() => Int) seeds!: number;
  @Field(() => Float) mean!: number;
  @Field(() => Float, { description: 'Sample standard deviation over seeds.' }) sd!: number;
  @Field(() => Float, { nullable: true }) low!: number | null;
  @Field(() => Float, { nullable: true }) high!: number | null;
}

@ObjectType({ description: 'Mean test accuracy after one epoch, over seeds, with its 95% interval.' })
export class EpochCell extends AccuracyCell {
  @Field(() => Int) epoch!: number;
}

@ObjectType({ description: 'Source minus baseline test accuracy, paired by seed, with a paired t-test.' })
export class DeltaCell {
  @Field() source!: string;
  @Field() baseline!: string;
  @Field(() => Int) n!: number;
  @Field(() => Int, { description: 'Seeds present for both sources.' }) seeds!: number;
  @Field(() => Float) mean!: number;
  @Field(() => Float) sd!: number;
  @Field(() => Float, { nullable: true }) low!: number | null;
  @Field(() => Float, { nullable: true }) high!: number | null;
  @Field(() => Float, { nullable: true, description: 'Two-sided p-value; null with fewer than two pairs.' })
  pValue!: number | null;
}

@ObjectType({ description: 'Area under mean accuracy vs log2(n), normalised to [0,1].' })
export class EfficiencyScore {
  @Field() source!: string;
  @Field(() => Float) score!: number;
}

@ObjectType({ description: "A source's place at one data budget, by mean test accuracy." })
export class LeaderboardEntry {
  @Field(() => Int) n!: number;
  @Field(() => Int) rank!: number;
  @Field() source!: string;
  @Field(() => Float) mean!: number;
}

@ObjectType({ description: 'Aggregates for one target dataset under one setting (depth, learning rate).' })
export class TargetResults {
  @Field() target!: string;
  @Field(() => Int, { nullable: true }) depth!: number | null;
  @Field(() => Float, { nullable: true }) lr!: number | null;
  @Field(() => [AccuracyCell]) accuracy!: AccuracyCell[];
  @Field(() => [EpochCell]) epochs!: EpochCell[];
  @Field(() => [DeltaCell], { description: 'Empty unless a baseline source was given.' })
  deltas!: DeltaCell[];
  @Field(() => [EfficiencyScore]) efficiency!: EfficiencyScore[];
  @Field(() => [LeaderboardEntry]) leaderboard!: LeaderboardEntry[];
}
