import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Mean over seeds with its 95% Student-t interval (null bounds with one seed).' })
export class InfluenceInterval {
  @Field(() => Int) seeds!: number;
  @Field(() => Float) mean!: number;
  @Field(() => Float, { description: 'Sample standard deviation over seeds.' }) sd!: number;
  @Field(() => Float, { nullable: true }) low!: number | null;
  @Field(() => Float, { nullable: true }) high!: number | null;
}

@ObjectType({ description: 'The share of targets whose k-th most helpful training image has their class (that image alone, not cumulative).' })
export class InfluenceRankPoint {
  @Field(() => Int) rank!: number;
  @Field(() => InfluenceInterval) share!: InfluenceInterval;
}

@ObjectType({ description: 'One source under one setting: class-match figures over seeds (the reference study’s Figure 6 and its summary numbers).' })
export class InfluenceSourceSummary {
  @Field() source!: string;
  @Field(() => InfluenceInterval, { description: "Test targets: the top-1 helpful training image has the test image's class." }) top1Match!: InfluenceInterval;
  @Field(() => InfluenceInterval, { description: 'Test targets: at least 3 of the top 5 helpful training images match its class.' }) top5AtLeast3!: InfluenceInterval;
  @Field(() => InfluenceInterval, { description: 'Training images as targets (the image itself excluded): top-1 match.' }) trainTop1Match!: InfluenceInterval;
  @Field(() => InfluenceInterval, { description: 'Training images as targets (the image itself excluded): at least 3 of the top 5 match.' }) trainTop5AtLeast3!: InfluenceInterval;
  @Field(() => [InfluenceRankPoint], { description: 'Test targets, rank 1..K.' }) matchByRank!: InfluenceRankPoint[];
  @Field(() => [InfluenceRankPoint], { description: 'Training targets, rank 1..K.' }) trainMatchByRank!: InfluenceRankPoint[];
  @Field({ description: "'exact' (pseudo-inverse of the explicit Hessian) or 'scalable' (matrix-free); 'mixed' when seeds differ." }) solver!: string;
  @Field(() => Float, { nullable: true, description: 'Relative eigenvalue cutoff (rcond) of the pseudo-inverse; null when damping was used instead.' }) cutoff!: number | null;
  @Field(() => Int, { nullable: true, description: 'Eigenpairs kept above the cutoff (rounded mean over seeds); null with damping.' }) rank!: number | null;
}

@ObjectType({ description: 'Source minus baseline of one summary figure, paired by seed, with a paired t-test.' })
export class InfluenceDelta {
  @Field() source!: string;
  @Field() baseline!: string;
  @Field({ description: 'top1Match, top5AtLeast3, trainTop1Match or trainTop5AtLeast3.' }) metric!: string;
  @Field(() => Float) mean!: number;
  @Field(() => Float, { nullable: true }) low!: number | null;
  @Field(() => Float, { nullable: true }) high!: number | null;
  @Field(() => Float, { nullable: true }) pValue!: number | null;
  @Field(() => Int) seeds!: number;
}

@ObjectType({ description: 'One target, fine-tuning depth and training-set size n.' })
export class InfluenceSetting {
  @Field({ description: 'The target as the run names it (a dataset plugin or a view).' }) target!: string;
  @Field(() => Int) depth!: number;
  @Field(() => Int) n!: number;
  @Field(() => [Int], { description: 'Test-split indices of the stratified test subset (the same for every source and seed).' }) testIndices!: number[];
  @Field(() => [InfluenceSourceSummary]) sources!: InfluenceSourceSummary[];
  @Field(() => [InfluenceDelta]) deltas!: InfluenceDelta[];
}

@ObjectType({ description: "An influence run's class-match figures per setting and source, with deltas against a baseline source." })
export class InfluenceResults {
  @Field(() => [InfluenceSetting]) settings!: InfluenceSetting[];
}

@ObjectType({ description: 'A training image of the target (train-split index) with its influence score on a test image (positive = helpful).' })
export class InfluenceImage {
  @Field(() => Int) index!: number;
  @Field(() => Int) label!: number;
  @Field(() => Float) score!: number;
}

@ObjectType({ description: "One test image under one source and seed: its most helpful and most harmful training images (the reference study's Figure 5)." })
export class InfluenceExample {
  @Field() source!: string;
  @Field(() => Int) seed!: number;
  @Field(() => Int, { description: 'Test-split index.' }) testIndex!: number;
  @Field(() => Int) label!: number;
  @Field(() => Int, { nullable: true, description: "The fine-tuned model's prediction." }) predicted!: number | null;
  @Field(() => [InfluenceImage], { description: 'Most helpful first.' }) helpful!: InfluenceImage[];
  @Field(() => [InfluenceImage], { description: 'Most harmful first.' }) harmful!: InfluenceImage[];
}
