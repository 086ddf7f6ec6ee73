import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ExampleRunObject } from './example-evidence.object';

@ObjectType({ description: "One analysis's evidence for an image." })
export class ExampleImageAnalysisObject {
  @Field() analysis!: string;
  @Field(() => Int, { description: 'Runs of the analysis with rows for the image.' }) runs!: number;
  @Field(() => Int, { description: 'Evidence rows for the image over those runs.' }) rows!: number;
}

@ObjectType({ description: 'An image with evidence, and which analyses hold it.' })
export class ExampleImageObject {
  @Field() dataset!: string;
  @Field() split!: string;
  @Field(() => Int) index!: number;
  @Field(() => [ExampleImageAnalysisObject], { description: 'By analysis name.' })
  analyses!: ExampleImageAnalysisObject[];
}

@ObjectType({
  description:
    'Images present in the evidence views of the runs looked through, those with evidence from the most analyses first.',
})
export class ExampleImagesPageObject {
  @Field(() => Int, { description: 'Images matching the dataset and split filters.' }) total!: number;
  @Field(() => Int) skip!: number;
  @Field(() => [ExampleImageObject]) images!: ExampleImageObject[];
  @Field(() => [String], { description: 'Every dataset with evidence in these runs, sorted (for a picker).' })
  datasets!: string[];
  @Field(() => [ExampleRunObject], { description: 'Every run looked through, newest first.' })
  runs!: ExampleRunObject[];
}
