import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from '../../graphql/json.scalar';

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
    description: 'Training attack of an adversarial model, e.g. `PGD-3`, when its source records one.',
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

  @Field(() => Int, { nullable: true, description: 'Training epochs (zoo manifest).' })
  epochs!: number | null;

  @Field(() => String, { nullable: true, description: 'Dataset it was trained on (e.g. imagenet).' })
  dataset!: string | null;

  @Field(() => String, { nullable: true, description: 'Free-text notes given at import.' })
  notes!: string | null;
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
  description:
    'A source model record: uploaded and imported, listed in transferlab.config.json, or listed by a model plugin (the bundled zoo), with its detected structure.',
})
export class ModelObject {
  @Field(() => ID, { description: 'Model id, the name trials use.' })
  id!: string;

  @Field({ description: 'Display name (the id unless one was given).' })
  name!: string;

  @Field({ description: "Where the record came from: `upload`, `config`, or the model plugin's name (`zoo`)." })
  origin!: string;

  @Field({ deprecationReason: 'Use origin.', description: 'Same as origin.' })
  plugin!: string;

  @Field()
  architecture!: string;

  @Field(() => Int, { nullable: true, description: 'Trainable parameters (zoo manifest).' })
  parameterCount!: number | null;

  @Field(() => ModelInputObject)
  input!: ModelInputObject;

  @Field(() => Int)
  numClasses!: number;

  @Field(() => ModelTrainingObject)
  training!: ModelTrainingObject;

  @Field(() => String, { nullable: true, deprecationReason: 'Use training.dataset.', description: 'Dataset it was trained on.' })
  trainingDataset!: string | null;

  @Field(() => Int, { nullable: true, description: 'Training images it saw (zoo manifest).' })
  trainSize!: number | null;

  @Field(() => Float, { nullable: true, description: 'Wall time of its training, seconds (zoo manifest).' })
  trainingSeconds!: number | null;

  @Field(() => Float, { nullable: true, description: 'Clean test accuracy in [0,1] (zoo manifest).' })
  cleanAccuracy!: number | null;

  @Field(() => [RobustAccuracyObject], {
    description: 'Robust accuracy grid (zoo manifest), by norm then eps; empty when unknown.',
  })
  robustAccuracy!: RobustAccuracyObject[];

  @Field(() => Int, { nullable: true, description: 'Test images the robust accuracy was measured on.' })
  robustCount!: number | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Named figures recorded with the model (the zoo manifest\'s).' })
  metrics!: Record<string, number> | null;

  @Field({ description: 'sha256 hex of the ONNX bytes.' })
  checksum!: string;

  @Field({ deprecationReason: 'Use checksum.', description: 'sha256 hex of the ONNX bytes.' })
  sha256!: string;

  @Field(() => Int, { description: 'Size of the ONNX file in bytes.' })
  size!: number;

  @Field(() => Int, { nullable: true, deprecationReason: 'Use size.', description: 'Size of the ONNX file in bytes.' })
  bytes!: number | null;

  @Field({ description: 'Penultimate feature tensor (input of the final linear layer).' })
  featureTensor!: string;

  @Field(() => [String], {
    description: 'Block-boundary tensors, input side first (unfrozen depth k = the last k).',
  })
  blocks!: string[];

  @Field({ description: 'True when the engine cannot derive gradients through the model (see gradientProblem): logits, features and head fine-tuning work; attacks and saliency are refused.' })
  forwardOnly!: boolean;

  @Field(() => String, { nullable: true, description: "Why gradients cannot flow through the model, naming the node (the import's gradient probe), or null." })
  gradientProblem!: string | null;

  @Field({ description: 'When the record was added (ISO-8601).' })
  createdAt!: string;
}
