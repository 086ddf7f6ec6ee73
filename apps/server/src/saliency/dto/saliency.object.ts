import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Mean over images with its 95% Student-t interval.' })
export class SaliencyInterval {
  @Field(() => Int) images!: number;
  @Field(() => Float) mean!: number;
  @Field(() => Float, { nullable: true }) low!: number | null;
  @Field(() => Float, { nullable: true }) high!: number | null;
}

@ObjectType({ description: "How complete a source's integrated gradients are over the images." })
export class SaliencyCompleteness {
  @Field(() => Int, { description: 'Images where f changes along the path (the relative error is defined).' })
  images!: number;
  @Field(() => Float, { description: 'Share of them whose attributions sum to f(x) - f(black) within 1%.' })
  withinOnePercent!: number;
  @Field(() => Float, { description: 'Median relative error.' }) median!: number;
  @Field(() => Float, { description: 'Largest relative error.' }) max!: number;
}

@ObjectType({
  description:
    'One source of a group: alignment, mass share, accuracy (and completeness for integrated gradients).',
})
export class SaliencySourceSummary {
  @Field() source!: string;
  @Field(() => SaliencyInterval, {
    description: 'Share of absolute saliency on the object over the object’s area share (1 = chance).',
  })
  alignment!: SaliencyInterval;
  @Field(() => SaliencyInterval, { description: 'Share of absolute saliency on the object.' })
  massShare!: SaliencyInterval;
  @Field(() => Float, { description: "The mapped model's accuracy on the subset." }) accuracy!: number;
  @Field(() => SaliencyCompleteness, {
    nullable: true,
    description:
      'Integrated gradients only: |sum of attributions - (f(x) - f(black))| / |f(x) - f(black)| over images, f the label’s logit.',
  })
  completeness!: SaliencyCompleteness | null;
}

@ObjectType({ description: 'Source minus baseline alignment, paired by image, with a paired t-test.' })
export class SaliencyDelta {
  @Field() source!: string;
  @Field() baseline!: string;
  @Field(() => Float) mean!: number;
  @Field(() => Float, { nullable: true }) low!: number | null;
  @Field(() => Float, { nullable: true }) high!: number | null;
  @Field(() => Float, { nullable: true }) pValue!: number | null;
  @Field(() => Int) images!: number;
}

@ObjectType({ description: 'One dataset, setting (the source, or its fine-tuning) and method.' })
export class SaliencyGroup {
  @Field() dataset!: string;
  @Field() setting!: string;
  @Field() method!: string;
  @Field(() => [SaliencySourceSummary]) sources!: SaliencySourceSummary[];
  @Field(() => [SaliencyDelta]) deltas!: SaliencyDelta[];
}

@ObjectType()
export class SaliencyResults {
  @Field(() => [SaliencyGroup]) groups!: SaliencyGroup[];
}

@ObjectType({ description: 'One source on one image: its prediction, alignment score and heat map.' })
export class SaliencyCell {
  @Field() source!: string;
  @Field(() => Int) predicted!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Alignment ratio of the map kind’s method (1 = chance).',
  })
  ratio!: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'data: URL of an RGBA PNG heat map to lay over the image (null: not kept for this image).',
  })
  map!: string | null;
}

@ObjectType()
export class SaliencyGridRow {
  @Field(() => Int, { description: 'Test-split index.' }) index!: number;
  @Field(() => Int) label!: number;
  @Field(() => [SaliencyCell]) cells!: SaliencyCell[];
}

@ObjectType({
  description: 'Rows = images, columns = sources: the reference study’s Figure 4 for any number of sources.',
})
export class SaliencyGrid {
  @Field(() => [String]) sources!: string[];
  @Field(() => Int, { description: 'Images in the subset.' }) total!: number;
  @Field(() => Int, { description: 'Images with maps kept (the first of the subset).' }) withMaps!: number;
  @Field(() => [SaliencyGridRow]) rows!: SaliencyGridRow[];
}

@ObjectType({ description: 'An image where a robust source and the natural one differ most in alignment.' })
export class SaliencyDisagreement {
  @Field(() => Int) index!: number;
  @Field(() => Int) label!: number;
  @Field() source!: string;
  @Field() baseline!: string;
  @Field(() => Float) ratio!: number;
  @Field(() => Float) baselineRatio!: number;
  @Field(() => Int) predicted!: number;
  @Field(() => Int) baselinePredicted!: number;
}
