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
  @Field(() => [ExampleModelObject], { description: "Every model the rows' model columns name." })
  models!: ExampleModelObject[];
}
