import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ModelInput', { description: 'What a model expects: image size and per-channel normalisation.' })
export class ModelInputObject {
  @Field(() => Int)
  channels!: number;

  @Field(() => Int)
  height!: number;

  @Field(() => Int)
  width!: number;

  @Field(() => [Float], { description: 'Per-channel mean applied after scaling to [0,1].' })
  mean!: number[];

  @Field(() => [Float], { description: 'Per-channel std applied after scaling to [0,1].' })
  std!: number[];
}

@ObjectType('ModelTraining', { description: 'How a source model was trained.' })
export class ModelTrainingObject {
  @Field({ description: '`natural` or `adversarial`.' })
  kind!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Training attack of an adversarial model, e.g. `PGD-3`.',
  })
  attack!: string | null;

  @Field(() => String, { nullable: true, description: '`L2` or `Linf` (adversarial models).' })
  norm!: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Perturbation budget in [0,1] pixel units (adversarial models).',
  })
  eps!: number | null;

  @Field(() => String, { nullable: true, description: 'The budget as people write it: `0.5`, `8/255`.' })
  epsLabel!: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the zoo recipe that trained it.' })
  recipe!: string | null;

  @Field(() => Int, { nullable: true })
  seed!: number | null;

  @Field(() => Int, { nullable: true, description: 'Training epochs (from the manifest).' })
  epochs!: number | null;
}

@ObjectType('RobustAccuracy', { description: 'Accuracy under a PGD attack of one norm and budget.' })
export class RobustAccuracyObject {
  @Field({ description: '`L2` or `Linf`.' })
  norm!: string;

  @Field(() => Float)
  eps!: number;

  @Field({ description: 'The budget as people write it: `0.5`, `8/255`.' })
  epsLabel!: string;

  @Field(() => Float, {
    description: 'Fraction of the evaluated test images still classified correctly, in [0,1].',
  })
  accuracy!: number;
}

@ObjectType('SourceModel', {
  description: 'A source model one of the model plugins provides, with what its manifest records.',
})
export class CatalogModelObject {
  @Field(() => ID, { description: 'Model id, the name trials use.' })
  id!: string;

  @Field({ description: 'The model plugin it comes from (`zoo`, ...).' })
  plugin!: string;

  @Field()
  architecture!: string;

  @Field(() => Int, { nullable: true, description: 'Trainable parameters (manifest).' })
  parameterCount!: number | null;

  @Field(() => ModelInputObject)
  input!: ModelInputObject;

  @Field(() => Int)
  numClasses!: number;

  @Field(() => ModelTrainingObject)
  training!: ModelTrainingObject;

  @Field(() => String, { nullable: true, description: 'Dataset it was trained on (manifest).' })
  trainingDataset!: string | null;

  @Field(() => Int, { nullable: true, description: 'Training images it saw (manifest).' })
  trainSize!: number | null;

  @Field(() => Float, { nullable: true, description: 'Wall time of its training, seconds (manifest).' })
  trainingSeconds!: number | null;

  @Field(() => Float, { nullable: true, description: 'Clean test accuracy in [0,1] (manifest).' })
  cleanAccuracy!: number | null;

  @Field(() => [RobustAccuracyObject], {
    description: 'Robust accuracy grid (manifest), by norm then eps; empty when unknown.',
  })
  robustAccuracy!: RobustAccuracyObject[];

  @Field(() => Int, { nullable: true, description: 'Test images the robust accuracy was measured on.' })
  robustCount!: number | null;

  @Field({ description: 'sha256 hex of the ONNX bytes.' })
  sha256!: string;

  @Field(() => Int, { nullable: true, description: 'Size of the ONNX file (manifest).' })
  bytes!: number | null;

  @Field({ description: 'Penultimate feature tensor (input of the final linear layer).' })
  featureTensor!: string;

  @Field(() => [String], {
    description: 'Block-boundary tensors, input side first (unfrozen depth k = the last k).',
  })
  blocks!: string[];
}
