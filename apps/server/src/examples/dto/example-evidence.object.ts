import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from '../../graphql/json.scalar';
import { OutputTableObject, OutputViewObject } from '../../results/dto/analysis-outputs.object';

@ObjectType({ description: 'An image of a dataset split: the key every per-example output joins on.' })
export class ExampleImageRefObject {
  @Field() dataset!: string;
  @Field({ description: "'train' or 'test'." }) split!: string;
  @Field(() => Int) index!: number;
}

@ObjectType({ description: 'A run the per-example join looked through.' })
export class ExampleRunObject {
  @Field(() => ID) runId!: string;
  @Field() analysis!: string;
  @Field() createdAt!: string;
  @Field(() => Int, {
    description: 'Evidence rows of this run for the image (the index: for all its images).',
  })
  rows!: number;
  @Field(() => String, {
    nullable: true,
    description:
      'Why the run gave no evidence (its analysis is gone, declares no evidence view, or a table failed).',
  })
  problem!: string | null;
}

@ObjectType({
  description: 'One evidence view of one run: the rows of its table whose image column is the image.',
})
export class ExampleViewEvidenceObject {
  @Field(() => ID) runId!: string;
  @Field() analysis!: string;
  @Field(() => OutputViewObject, {
    description: 'The evidence view (its caption lists the columns it shows).',
  })
  view!: OutputViewObject;
  @Field(() => OutputTableObject) table!: OutputTableObject;
  @Field(() => Int, { description: 'Rows for the image; at most the first 500 are returned.' })
  total!: number;
  @Field(() => [GraphQLJSON], {
    description: "Rows as objects keyed by column name; values follow each column's role.",
  })
  rows!: Record<string, unknown>[];
}

@ObjectType({
  description:
    "How one evidence view of one run covers the image: its rows for the image, and how many images of the image's dataset and split the view holds (a view that keeps fewer images than its run's others, such as heat maps of the first images only, covers the image partly).",
})
export class ExampleViewCoverageObject {
  @Field(() => ID) runId!: string;
  @Field() analysis!: string;
  @Field({ description: "The view's title." }) view!: string;
  @Field({ description: "The view's table." }) table!: string;
  @Field(() => Int, { description: 'Rows of the view for the image (0: the view does not cover it).' })
  rows!: number;
  @Field(() => Int, {
    description: "Distinct images of the image's dataset and split that the view holds rows for.",
  })
  images!: number;
}

@ObjectType({
  description:
    "An evidence view that a run of its analysis computes for one test image on request (the view's onRequest says how to make the run's params).",
})
export class ExampleRequestObject {
  @Field() analysis!: string;
  @Field({ description: "The view's title." }) view!: string;
  @Field({ description: "The view's table." }) table!: string;
  @Field(() => GraphQLJSON, { description: '{ label, params: { dataset, index, sources }, maxSources, reset, set }' })
  onRequest!: Record<string, unknown>;
}

@ObjectType({ description: 'A model named in the evidence rows, with the training its record states.' })
export class ExampleModelObject {
  @Field() id!: string;
  @Field({ description: "natural, adversarial, or 'unknown' for a model without a record." })
  training!: string;
}

@ObjectType({
  description:
    "One image across runs: every evidence view's rows for it, per run (newest first) and in each analysis's declaration order.",
})
export class ExampleEvidenceObject {
  @Field(() => ExampleImageRefObject) image!: ExampleImageRefObject;
  @Field(() => [ExampleRunObject], { description: 'Every run looked through, newest first.' })
  runs!: ExampleRunObject[];
  @Field(() => [ExampleViewEvidenceObject], { description: 'Only the views that hold rows for the image.' })
  evidence!: ExampleViewEvidenceObject[];
  @Field(() => [ExampleViewCoverageObject], {
    description:
      'Every evidence view of every run looked through (runs newest first, views in declaration order), with or without rows for the image: which runs cover the image, and which only partly.',
  })
  coverage!: ExampleViewCoverageObject[];
  @Field(() => [ExampleModelObject], { description: "Every model the rows' model columns name." })
  models!: ExampleModelObject[];
  @Field(() => [ExampleRequestObject], {
    description: 'Every evidence view of a registered analysis that a run can compute for one test image on request.',
  })
  requests!: ExampleRequestObject[];
}
