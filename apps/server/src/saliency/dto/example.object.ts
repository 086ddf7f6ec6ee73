import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class ExampleMap {
  @Field() kind!: string;
  @Field({ description: 'data: URL of an RGBA PNG heat map.' }) url!: string;
}

@ObjectType()
export class ExampleScore {
  @Field() method!: string;
  @Field(() => Float, { nullable: true }) ratio!: number | null;
}

@ObjectType({ description: 'What the source (or its transferred model) looks at on this image.' })
export class ExampleSaliency {
  @Field(() => ID) runId!: string;
  @Field() setting!: string;
  @Field(() => Int) predicted!: number;
  @Field(() => [ExampleScore]) scores!: ExampleScore[];
  @Field(() => [ExampleMap]) maps!: ExampleMap[];
}

@ObjectType({ description: 'How easily the source is fooled on this image.' })
export class ExampleRobustness {
  @Field(() => ID) runId!: string;
  @Field() norm!: string;
  @Field() attack!: string;
  @Field(() => Int) seed!: number;
  @Field(() => Float, {
    nullable: true,
    description:
      'Smallest eps of the grid that fools it (0: misclassified clean; null: robust at every eps).',
  })
  minEps!: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'The attack (ensemble component) that fooled it there.',
  })
  minEpsAttack!: string | null;
  @Field(() => Float, { description: 'Largest eps tried.' }) maxEps!: number;
}

@ObjectType()
export class ExampleTrainImage {
  @Field(() => Int) index!: number;
  @Field(() => Int) label!: number;
  @Field(() => Float) score!: number;
}

@ObjectType({ description: 'Which training images drove the fine-tuned prediction.' })
export class ExampleInfluence {
  @Field(() => ID) runId!: string;
  @Field(() => Int) n!: number;
  @Field(() => Int) depth!: number;
  @Field(() => Int) seed!: number;
  @Field(() => Int) predicted!: number;
  @Field(() => [ExampleTrainImage]) helpful!: ExampleTrainImage[];
  @Field(() => [ExampleTrainImage]) harmful!: ExampleTrainImage[];
}

@ObjectType({ description: 'Whether the transferred model classifies the image correctly.' })
export class ExampleTransfer {
  @Field(() => ID) runId!: string;
  @Field(() => Int) n!: number;
  @Field(() => Int) depth!: number;
  @Field(() => Int) seed!: number;
  @Field() correct!: boolean;
}

@ObjectType()
export class ExampleSource {
  @Field() source!: string;
  @Field({ description: "Whether the source's name marks it natural (the contrast's baseline)." })
  natural!: boolean;
  @Field(() => [ExampleSaliency]) saliency!: ExampleSaliency[];
  @Field(() => [ExampleRobustness]) robustness!: ExampleRobustness[];
  @Field(() => [ExampleInfluence]) influence!: ExampleInfluence[];
  @Field(() => [ExampleTransfer]) transfer!: ExampleTransfer[];
}

@ObjectType({
  description:
    'One test image across analyses: saliency, robustness, influence and transfer evidence per source.',
})
export class ExampleEvidence {
  @Field() dataset!: string;
  @Field(() => Int) index!: number;
  @Field(() => Int, { nullable: true }) label!: number | null;
  @Field(() => [ExampleSource]) sources!: ExampleSource[];
  @Field(() => [String], { description: 'Runs that hold nothing for this image, and why.' }) notes!: string[];
}
